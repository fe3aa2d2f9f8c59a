package org.jbareos.client;

import java.util.Optional;
import org.jbareos.net.Signal;

/**
 * How the Director ended an answer (PROTOCOL.md §4.1, §4.2; python {@code is_end_of_message}, bconsole's read loop in
 * {@code console/console.cc ReadAndProcessInput}).
 */
public enum ResponseEnd {
  /** {@code BNET_EOD}: the end of a command's output in text mode (api 0). */
  EOD,
  /** {@code BNET_MAIN_PROMPT}: the Director waits for the next command (api 1 and 2). */
  MAIN_PROMPT,
  /** {@code BNET_SUB_PROMPT}: the Director asked a question and waits for the answer (text mode). */
  SUB_PROMPT,
  /** {@code BNET_TERMINATE}: the Director ends the conversation. */
  TERMINATE,
  /** The Director closed the connection after {@code quit} or {@code exit}, as it does (console-api2.txt). */
  CLOSED;

  /** The end a signal marks, or empty for the signals inside an answer ({@code BNET_CMD_BEGIN}, ...). */
  static Optional<ResponseEnd> of(int signal) {
    if (signal == Signal.EOD.value()) {
      return Optional.of(EOD);
    }
    if (signal == Signal.MAIN_PROMPT.value()) {
      return Optional.of(MAIN_PROMPT);
    }
    if (signal == Signal.SUB_PROMPT.value()) {
      return Optional.of(SUB_PROMPT);
    }
    if (signal == Signal.TERMINATE.value()) {
      return Optional.of(TERMINATE);
    }
    return Optional.empty();
  }
}
