package org.jbareos.filedaemon.backup;

import org.jbareos.protocol.fdsd.RecordHeader;

/**
 * One record the FD sends to the SD in an append session: the header frame {@code <FileIndex> <Stream> 0}, the data
 * frames of {@link #payload()}, then an EOD ({@code filed/backup.cc}; PROTOCOL.md §7.2). Read the payload to its end
 * before asking the session for the next record: the digest record after a file's data is computed from it.
 */
public record BackupRecord(int fileIndex, int stream, RecordPayload payload) {

  /** The header frame's message. */
  public RecordHeader header() {
    return new RecordHeader(fileIndex, stream);
  }
}
