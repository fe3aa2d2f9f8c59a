package org.jbareos.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A whole answer of the Director: the payloads of all its messages joined (a message above 999,996 bytes arrives
 * split into several frames, PROTOCOL.md §1), the signals seen inside it, and how it ended.
 *
 * @param output the joined bytes, as the Director sent them (UTF-8 text)
 * @param signals the signals inside the answer, in order ({@code BNET_CMD_BEGIN}, {@code BNET_CMD_OK}, {@code
 *     BNET_ERROR_MSG}, {@code BNET_MSGS_PENDING}, ...), the ending one not included
 * @param end how it ended
 */
public record ConsoleResponse(byte[] output, List<Integer> signals, ResponseEnd end) {

  public ConsoleResponse {
    Objects.requireNonNull(output, "output");
    signals = List.copyOf(signals);
    Objects.requireNonNull(end, "end");
  }

  /** The output as text. */
  public String text() {
    return new String(output, StandardCharsets.UTF_8);
  }
}
