package org.jbareos.filedaemon.walk;

import java.nio.file.Path;
import org.jbareos.protocol.attributes.FileType;

/**
 * A file to save, with the FileIndex it gets in this job ({@code ff_pkt} after {@code FindOneFile}).
 *
 * @param fileIndex the job's file counter for this file (1, 2, ...), as in its records
 * @param fname the name sent in the attribute record: a directory ({@link FileType#DIREND}) ends with {@code /}
 * @param path the file on disk
 * @param type REG, REGE, LNK, DIREND, LNKSAVED, SPEC, FIFO or RAW
 * @param stat the {@code lstat}
 * @param link the symlink target (LNK) or the first saved name of the same inode (LNKSAVED), else empty
 * @param linkFi for LNKSAVED the FileIndex of the first saved name, else 0
 * @param options the Options block in force for this file
 */
public record FoundFile(
    int fileIndex,
    String fname,
    Path path,
    FileType type,
    FileStat stat,
    String link,
    int linkFi,
    FindOptions options)
    implements WalkEntry {

  /** True when the FD reads data for this file: a regular file with a size, a raw device, a FIFO to read. */
  public boolean hasData() {
    return switch (type) {
      case REG -> stat.size() > 0;
      case RAW, FIFO -> true;
      default -> false;
    };
  }

  /** True when the FD computes and sends a digest: the file types with file data, even empty ones. */
  public boolean hasDigest() {
    return type == FileType.REG || type == FileType.REGE || type == FileType.RAW;
  }
}
