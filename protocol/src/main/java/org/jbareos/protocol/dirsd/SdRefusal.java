package org.jbareos.protocol.dirsd;

import org.jbareos.protocol.WireFormat;

/**
 * The Storage Daemon's answers to a Director command it cannot carry out ({@code stored/dir_cmd.cc derrmsg},
 * {@code stored/job.cc}, {@code stored/reserve.cc}, {@code stored/status.cc}); the Director shows them as they come.
 */
public final class SdRefusal {
  /** {@code 3900 Invalid command: <command>}: a command the SD does not know. */
  public static final WireFormat INVALID_COMMAND = WireFormat.of("invalid command", "3900 Invalid command: %s\n");
  /** {@code 3915 Bad Job command. stat=<fields scanned> CMD: <command>}. */
  public static final WireFormat BAD_JOB_COMMAND =
      WireFormat.of("bad job command", "3915 Bad Job command. stat=%d CMD: %s\n");
  /** {@code 3913 Bad use command: <line>}. */
  public static final WireFormat BAD_USE_COMMAND = WireFormat.of("bad use command", "3913 Bad use command: %s\n");
  /** {@code 3924 Device "<name>" not in SD Device resources or no matching Media Type.} */
  public static final WireFormat NO_DEVICE = WireFormat.of("device reservation refusal",
      "3924 Device \"%s\" not in SD Device resources or no matching Media Type.\n");
  /** {@code 3900 No arg in status command: <command>}. */
  public static final WireFormat STATUS_WITHOUT_ARGUMENT =
      WireFormat.of("status refusal", "3900 No arg in status command: %s\n");

  private SdRefusal() {}
}
