package org.jbareos.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Director said when it let the console in (PROTOCOL.md §2.6).
 *
 * @param ok {@code 1000 OK: bareos-dir Version: 26.0.0 (21 August 2026)} (protocol 18.2: the text after {@code
 *     1000<RS>}; protocol 12.4: the whole line, with {@code --  Encryption: ...})
 * @param info protocol 18.2 only: the {@code 1002} text, e.g. {@code Self-compiled binaries
 *     (UNSUPPORTED)\n...\nYou are connected using the default console}
 */
public record DirectorGreeting(ResponseMessage ok, Optional<ResponseMessage> info) {

  public DirectorGreeting {
    Objects.requireNonNull(ok, "ok");
    Objects.requireNonNull(info, "info");
  }

  /**
   * The lines bconsole prints after {@code Connecting to Director} and the encryption line ({@code
   * console/console.cc}): the OK message with its id, then the info text without its id, each followed by {@code \n}.
   */
  public String bconsoleText() {
    return ok.readable() + "\n" + info.map(i -> i.readableText() + "\n").orElse("");
  }
}
