package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.jbareos.filedaemon.walk.ErrnoText;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.attributes.FileType;

/**
 * Puts a restored file's owner, mode and times back ({@code findlib/attribs.cc SetAttributes}, {@code
 * RestoreFileAttributes}), in Bareos's order: owner and group first (a later chown would clear set-id bits), then the
 * mode, then atime and mtime. Owner errors are only reported when running as root (as {@code suppress_errors}). A
 * symlink gets its owner ({@code lchown}) and, unlike Bareos, its times too; its mode cannot be set on Linux.
 */
final class AttributeSetter {

  private static final boolean ROOT = runningAsRoot();

  private AttributeSetter() {}

  /** Sets the attributes; returns the error text of the first failure, or null. */
  static String apply(Path path, FileType type, EncodedStat stat) {
    String error = null;
    try {
      Files.setAttribute(path, "unix:uid", (int) stat.uid(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(path, "unix:gid", (int) stat.gid(), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      if (ROOT) {
        error = "Unable to set file owner " + path + ": ERR=" + reason(e);
      }
    }
    if (type != FileType.LNK) {
      try {
        Files.setAttribute(path, "unix:mode", (int) (stat.mode() & 07777));
      } catch (IOException | UnsupportedOperationException e) {
        error = error != null ? error : "Unable to set file modes " + path + ": ERR=" + reason(e);
      }
    }
    int fileType = (int) stat.mode() & FileStat.S_IFMT;
    if (fileType == FileStat.S_IFIFO || fileType == FileStat.S_IFCHR || fileType == FileStat.S_IFBLK) {
      try {
        SpecialNodes.setTimes(path, stat.atime(), stat.mtime());
      } catch (IOException e) {
        error = error != null ? error : "Unable to set file times " + path + ": ERR=" + ErrnoText.of(e);
      }
      return error;
    }
    try {
      Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .setTimes(FileTime.from(stat.mtime(), TimeUnit.SECONDS), FileTime.from(stat.atime(), TimeUnit.SECONDS),
              null);
    } catch (IOException e) {
      if (type != FileType.LNK) {
        error = error != null ? error : "Unable to set file times " + path + ": ERR=" + ErrnoText.of(e);
      }
    }
    return error;
  }

  /** True when this process runs as uid 0 ({@code /proc/self} belongs to the process's user). */
  private static boolean runningAsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static String reason(Exception e) {
    return e instanceof IOException io ? ErrnoText.of(io) : String.valueOf(e.getMessage());
  }
}
