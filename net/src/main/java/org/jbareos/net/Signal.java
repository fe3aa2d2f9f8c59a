package org.jbareos.net;

import java.util.Optional;

/**
 * The BSOCK signals: negative frame headers that carry no payload (PROTOCOL.md §1.1,
 * {@code lib/bnet_protocol_signals.h}). Names and descriptions are exactly those of the {@code bnet_signal_to_text}
 * table in {@code lib/bnet.cc}; several descriptions end in a space, and the network trace prints them as they are
 * ({@code BNET_TERMINATE - Conversation terminated, doing close() }).
 */
public enum Signal {
  EOD(-1, "BNET_EOD", "End of data stream, new data may follow"),
  EOD_POLL(-2, "BNET_EOD_POLL", "End of data and poll all in one "),
  STATUS(-3, "BNET_STATUS", "Send full status"),
  TERMINATE(-4, "BNET_TERMINATE", "Conversation terminated, doing close() "),
  POLL(-5, "BNET_POLL", "Poll request, I'm hanging on a read "),
  HEARTBEAT(-6, "BNET_HEARTBEAT", "Heartbeat Response requested "),
  HB_RESPONSE(-7, "BNET_HB_RESPONSE", "Only response permitted to HB "),
  OBSOLETE_PROMPT(-8, "BNET_xxxxxxPROMPT", "No longer used -- Prompt for subcommand "),
  BTIME(-9, "BNET_BTIME", "Send UTC btime "),
  BREAK(-10, "BNET_BREAK", "Stop current command -- ctl-c "),
  START_SELECT(-11, "BNET_START_SELECT", "Start of a selection list "),
  END_SELECT(-12, "BNET_END_SELECT", "End of a select list "),
  INVALID_CMD(-13, "BNET_INVALID_CMD", "Invalid command sent "),
  CMD_FAILED(-14, "BNET_CMD_FAILED", "Command failed "),
  CMD_OK(-15, "BNET_CMD_OK", "Command succeeded "),
  CMD_BEGIN(-16, "BNET_CMD_BEGIN", "Start command execution "),
  MSGS_PENDING(-17, "BNET_MSGS_PENDING", "Messages pending "),
  MAIN_PROMPT(-18, "BNET_MAIN_PROMPT", "Server ready and waiting "),
  SELECT_INPUT(-19, "BNET_SELECT_INPUT", "Return selection input "),
  WARNING_MSG(-20, "BNET_WARNING_MSG", "Warning message "),
  ERROR_MSG(-21, "BNET_ERROR_MSG", "Error message -- command failed "),
  INFO_MSG(-22, "BNET_INFO_MSG", "Info message -- status line "),
  RUN_CMD(-23, "BNET_RUN_CMD", "Run command follows "),
  YESNO(-24, "BNET_YESNO", "Request yes no response "),
  START_RTREE(-25, "BNET_START_RTREE", "Start restore tree mode "),
  END_RTREE(-26, "BNET_END_RTREE", "End restore tree mode "),
  SUB_PROMPT(-27, "BNET_SUB_PROMPT", "Indicate we are at a subprompt "),
  TEXT_INPUT(-28, "BNET_TEXT_INPUT", "Get text input from user ");

  private static final Signal[] BY_MAGNITUDE = values();

  private final int value;
  private final String bareosName;
  private final String description;

  Signal(int value, String bareosName, String description) {
    this.value = value;
    this.bareosName = bareosName;
    this.description = description;
  }

  /** The on-wire header value, always negative. */
  public int value() {
    return value;
  }

  /** The Bareos constant name, e.g. {@code BNET_EOD}. */
  public String bareosName() {
    return bareosName;
  }

  /** The description of {@code lib/bnet.cc}, trailing space included where Bareos has one. */
  public String description() {
    return description;
  }

  /** The known signal for a header value, or empty for a value Bareos does not define. */
  public static Optional<Signal> of(int value) {
    int index = -value - 1;
    if (index < 0 || index >= BY_MAGNITUDE.length) {
      return Optional.empty();
    }
    return Optional.of(BY_MAGNITUDE[index]);
  }

  /** {@code BnetSignalToString}: the Bareos name, or {@code Unknown sig <n>} for an undefined value. */
  public static String nameOf(int value) {
    return of(value).map(Signal::bareosName).orElse("Unknown sig " + value);
  }

  /** {@code BnetSignalToDescription}: the description, or {@code Unknown sig <n>} for an undefined value. */
  public static String describe(int value) {
    return of(value).map(Signal::description).orElse("Unknown sig " + value);
  }
}
