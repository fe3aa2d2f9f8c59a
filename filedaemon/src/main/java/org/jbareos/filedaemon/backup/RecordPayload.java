package org.jbareos.filedaemon.backup;

/**
 * The data frames of one record, produced one at a time so that a file is never held in memory whole. The network
 * layer sends the record's header frame, then each frame, then an EOD (PROTOCOL.md §7.2). Read errors do not escape:
 * the producer reports them as job messages and ends the frames, as the FD ends a file's data at a read error.
 */
@FunctionalInterface
public interface RecordPayload {

  /** The next data frame, or null when the record has no more. */
  byte[] nextFrame();

  /** A payload of one frame. */
  static RecordPayload of(byte[] frame) {
    byte[][] remaining = {frame};
    return () -> {
      byte[] next = remaining[0];
      remaining[0] = null;
      return next;
    };
  }
}
