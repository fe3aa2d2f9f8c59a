package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.Map;
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
 *
 * <p>When the file's present owner and mode are known ({@link OnDisk}, one {@code lstat} after a restored file is
 * closed), an owner that already matches is not set again, nor a mode that matches when the owner was not changed:
 * a new file already belongs to the restoring user, so most files of a restore by that user skip both.
 */
final class AttributeSetter {

  private static final boolean ROOT = runningAsRoot();

  private AttributeSetter() {}

  /** What a file's {@code lstat} says now: its size, mode bits (with the type), owner and group. */
  record OnDisk(long size, int mode, int uid, int gid) {

    private static final String ATTRIBUTES = "unix:size,mode,uid,gid";

    /** The {@code lstat} of {@code path}. */
    static OnDisk lstat(Path path) throws IOException {
      Map<String, Object> a = Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      return new OnDisk((Long) a.get("size"), (Integer) a.get("mode"), (Integer) a.get("uid"),
          (Integer) a.get("gid"));
    }
  }

  /** Sets the attributes; returns the error text of the first failure, or null. */
  static String apply(Path path, FileType type, EncodedStat stat) {
    return apply(path, type, stat, null);
  }

  /**
   * Sets the attributes that differ from {@code now} (all of them when it is null); returns the error text of the
   * first failure, or null.
   */
  static String apply(Path path, FileType type, EncodedStat stat, OnDisk now) {
    String error = null;
    boolean ownerMatches = now != null && Integer.toUnsignedLong(now.uid()) == stat.uid()
        && Integer.toUnsignedLong(now.gid()) == stat.gid();
    if (!ownerMatches) {
      try {
        Files.setAttribute(path, "unix:uid", (int) stat.uid(), LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", (int) stat.gid(), LinkOption.NOFOLLOW_LINKS);
      } catch (IOException | UnsupportedOperationException e) {
        if (ROOT) {
          error = "Unable to set file owner " + path + ": ERR=" + reason(e);
        }
      }
    }
    // after a chown the set-id bits may be gone, so the mode is set again whenever the owner was set
    boolean modeMatches = ownerMatches && (now.mode() & 07777) == (stat.mode() & 07777);
    if (type != FileType.LNK && !modeMatches) {
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
