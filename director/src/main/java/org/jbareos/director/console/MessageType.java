package org.jbareos.director.console;

import java.util.Optional;
import org.jbareos.net.Signal;

/**
 * The kinds of console messages ({@code UaContext::SendMsg/ErrorMsg/WarningMsg/InfoMsg}, {@code
 * dird/ua_output.cc}): in API mode the typed ones are preceded by their signal, and in JSON mode they are collected
 * under {@code messages.<type>} of the result (PROTOCOL.md §4.3).
 */
public enum MessageType {
  /** {@code SendMsg}: plain output. In JSON mode it is lost (jansson refuses the NULL key it is filed under). */
  NORMAL(null, null),
  ERROR("error", Signal.ERROR_MSG),
  WARNING("warning", Signal.WARNING_MSG),
  INFO("info", Signal.INFO_MSG);

  private final String jsonKey;
  private final Signal signal;

  MessageType(String jsonKey, Signal signal) {
    this.jsonKey = jsonKey;
    this.signal = signal;
  }

  /** The key under {@code messages} in JSON mode. */
  public Optional<String> jsonKey() {
    return Optional.ofNullable(jsonKey);
  }

  /** The signal sent before the message in API mode. */
  public Optional<Signal> signal() {
    return Optional.ofNullable(signal);
  }
}
