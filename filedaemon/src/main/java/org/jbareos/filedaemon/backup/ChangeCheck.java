package org.jbareos.filedaemon.backup;

import java.io.IOException;
import java.util.Optional;
import org.jbareos.filedaemon.walk.ErrnoText;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.protocol.attributes.FileType;

/**
 * Option {@code c} (CheckFileChanges): after a regular file was read, its {@code lstat} is taken again and compared
 * with the one sent in its attributes ({@code findlib/find_one.cc HasFileChanged}, called from {@code SaveFile} before
 * the file is closed and before {@code k} puts its atime back). The first difference is reported as an error
 * ({@code M_ERROR}, counted in JobErrors); the data already sent stays.
 */
final class ChangeCheck {

  private ChangeCheck() {}

  /** The error message when the file changed while it was read, else empty. */
  static Optional<String> changed(FoundFile file) {
    if (file.type() != FileType.REG) {
      return Optional.empty();
    }
    FileStat before = file.stat();
    FileStat now;
    try {
      now = FileStat.lstat(file.path());
    } catch (IOException e) {
      return Optional.of("Cannot stat file " + file.fname() + ": ERR=" + ErrnoText.of(e));
    }
    if (now.mtime() != before.mtime()) {
      return Optional.of(file.fname() + ": mtime changed during backup.");
    }
    if (now.ctime() != before.ctime()) {
      return Optional.of(file.fname() + ": ctime changed during backup.");
    }
    if (now.size() != before.size() || now.blocks() != before.blocks()) {
      return Optional.of(file.fname() + ": size changed during backup.");
    }
    return Optional.empty();
  }
}
