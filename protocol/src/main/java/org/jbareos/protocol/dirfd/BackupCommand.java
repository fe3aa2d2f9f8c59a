package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code backup FileIndex=%u\n}: start sending the data to the SD ({@code dird/backup.cc backupcmd}, {@code
 * filed/dir_cmd.cc BackupCmd}, PROTOCOL.md §5.1). The FD answers {@link DirFdLine#BACKUP_OK} and, after the data,
 * an {@link EndJobReport}.
 *
 * @param fileIndex the job's file count so far (0 for a new job; the last index when a job is resumed)
 */
public record BackupCommand(long fileIndex) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("backup", "backup FileIndex=%ld\n");

  @Override
  public String wireText() {
    return FORMAT.format(fileIndex);
  }

  public static BackupCommand parse(String wire) throws ProtocolException {
    return new BackupCommand(FORMAT.scan(wire).number(0));
  }
}
