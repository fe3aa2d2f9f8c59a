package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.jbareos.filedaemon.backup.FifoOpener;
import org.jbareos.filedaemon.walk.ErrnoText;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.attributes.FileType;

/**
 * Creates one file of a restore from its attribute record ({@code findlib/create_file.cc CreateFile}): first the
 * replace rule against an existing file, then per type: a regular file is created empty and opened for its data; a
 * symlink, hard link (to the already restored first name), FIFO or device node is made; a directory is made with its
 * parents. Missing parent directories are made with the file's owner and mode plus {@code u+wx} ({@code makepath});
 * their own DIREND record sets them right later. An existing file of the non-directory types is removed first.
 *
 * <p>A regular file can first be tried with {@code O_EXCL} when its directory is known to exist ({@link
 * #createNew}): for a new file (the usual restore) that one {@code open} replaces the {@code lstat} of the replace
 * check, and a name that exists, even as a dangling symlink, fails it and takes the full path ({@link #create}). Directories made or seen by this creator are
 * remembered (a restore never removes a directory), so the files of one directory cost no further {@code stat}.
 */
final class FileCreator {

  /** The outcome, as {@code CF_SKIP}, {@code CF_ERROR}, {@code CF_EXTRACT}, {@code CF_CREATED}. */
  sealed interface Outcome {}

  /** Skipped by the replace rule, with the note to report. */
  record Skipped(String message) implements Outcome {}

  /** Could not be created. */
  record Failed(String message) implements Outcome {}

  /** Created and open for its data. */
  record Extract(FileChannel channel) implements Outcome {}

  /** Created, no data to come. */
  record Created() implements Outcome {}

  private final ReplaceMode replace;
  private final Set<Path> createdDirectories = new HashSet<>();
  /** Directories made or seen by this creator. */
  private final Set<Path> knownDirectories = new HashSet<>();

  FileCreator(ReplaceMode replace) {
    this.replace = replace;
  }

  /**
   * A regular file whose name is new in a directory known to exist, created with {@code O_EXCL}; null when it is not
   * one (another type, an unknown directory, or the name exists): then {@link #create} decides.
   */
  Outcome createNew(AttributeRecord attributes, Path output) {
    FileType type = attributes.type();
    if ((type != FileType.REG && type != FileType.REGE) || !knownDirectories.contains(output.getParent())) {
      return null;
    }
    try {
      return new Extract(FileChannel.open(output, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
    } catch (FileAlreadyExistsException e) {
      return null;
    } catch (IOException e) {
      return new Failed("Could not create " + output + ": ERR=" + ErrnoText.of(e));
    }
  }

  Outcome create(AttributeRecord attributes, Path output, String outputLink) {
    FileType type = attributes.type();
    EncodedStat stat = attributes.stat();
    FileStat existing = lstatOrNull(output);
    if (existing != null) {
      switch (replace) {
        case IF_NEWER -> {
          if (stat.mtime() <= existing.mtime()) {
            return new Skipped("File skipped. Not newer: " + output);
          }
        }
        case IF_OLDER -> {
          if (stat.mtime() >= existing.mtime()) {
            return new Skipped("File skipped. Not older: " + output);
          }
        }
        case NEVER -> {
          if (!(type == FileType.DIREND && createdDirectories.contains(output))) {
            return new Skipped("File skipped. Already exists: " + output);
          }
        }
        case ALWAYS -> {
          // replaced below
        }
      }
    }
    try {
      if (type == FileType.DIREND) {
        makePath(output, stat);
        return new Created();
      }
      if (existing != null && !existing.isDirectory() && type != FileType.FIFO && type != FileType.RAW) {
        try {
          Files.delete(output);
        } catch (IOException e) {
          return new Failed("File " + output + " already exists and could not be replaced. ERR=" + ErrnoText.of(e)
              + ".");
        }
      }
      Path parent = output.getParent();
      if (parent != null) {
        makePath(parent, stat);
      }
      return switch (type) {
        case REG, REGE -> openForData(output);
        case LNK -> symlink(output, outputLink);
        case LNKSAVED -> hardLink(output, outputLink);
        case FIFO, SPEC, RAW -> node(type, output, stat);
        default -> new Failed("unhandled type: " + attributes.fileType());
      };
    } catch (PathException e) {
      return new Failed(e.getMessage());
    }
  }

  private Outcome openForData(Path output) {
    try {
      return new Extract(FileChannel.open(output, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING));
    } catch (IOException e) {
      return new Failed("Could not create " + output + ": ERR=" + ErrnoText.of(e));
    }
  }

  private static Outcome symlink(Path output, String target) {
    try {
      Files.createSymbolicLink(output, Path.of(target));
      return new Created();
    } catch (FileAlreadyExistsException e) {
      return new Created();
    } catch (IOException e) {
      return new Failed("Could not symlink " + output + " -> " + target + ": ERR=" + ErrnoText.of(e));
    }
  }

  private static Outcome hardLink(Path output, String first) {
    try {
      Files.createLink(output, Path.of(first));
      return new Created();
    } catch (IOException e) {
      return new Failed("Could not hard link " + output + " -> " + first + ": ERR=" + ErrnoText.of(e));
    }
  }

  /**
   * A FIFO or device node ({@code mkfifo}/{@code mknod}). A FIFO saved with its data (FT_FIFO, option {@code r}) is
   * then opened for writing, which waits for a reader at most 60 seconds, and gets its data written into it.
   */
  private static Outcome node(FileType type, Path output, EncodedStat stat) {
    int fileType = (int) stat.mode() & FileStat.S_IFMT;
    if (fileType == FileStat.S_IFSOCK) {
      return new Created();
    }
    if (fileType == FileStat.S_IFREG) {
      return new Failed("Cannot restore raw device data into a regular file: " + output);
    }
    try {
      if (lstatOrNull(output) == null) {
        SpecialNodes.create(output, stat.mode(), stat.rdev());
      }
    } catch (IOException e) {
      String what = fileType == FileStat.S_IFIFO ? "Cannot make fifo " : "Cannot make node ";
      return new Failed(what + output + ": ERR=" + ErrnoText.of(e));
    }
    if (type == FileType.FIFO) {
      try {
        return new Extract(FifoOpener.openForWriting(output));
      } catch (IOException e) {
        return new Failed("Could not open " + output + ": ERR=" + ErrnoText.of(e));
      }
    }
    return new Created();
  }

  /** {@code makepath}: makes the missing directories down to {@code dir}, owned like the file, mode + u+wx. */
  private void makePath(Path dir, EncodedStat stat) throws PathException {
    if (knownDirectories.contains(dir)) {
      return;
    }
    if (Files.isDirectory(dir)) {
      knownDirectories.add(dir);
      return;
    }
    Path parent = dir.getParent();
    if (parent != null) {
      makePath(parent, stat);
    }
    try {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      if (Files.isDirectory(dir)) {
        knownDirectories.add(dir);
        return;
      }
      throw new PathException("Cannot create directory " + dir + ": ERR=Not a directory");
    } catch (IOException e) {
      throw new PathException("Cannot create directory " + dir + ": ERR=" + ErrnoText.of(e));
    }
    createdDirectories.add(dir);
    knownDirectories.add(dir);
    try {
      Files.setAttribute(dir, "unix:mode", (int) ((stat.mode() | 0300) & 07777));
      Files.setAttribute(dir, "unix:uid", (int) stat.uid(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(dir, "unix:gid", (int) stat.gid(), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      // not root: the directory keeps our owner, as makepath's chown fails silently there
    }
  }

  private static FileStat lstatOrNull(Path path) {
    try {
      return FileStat.lstat(path);
    } catch (IOException e) {
      return null;
    }
  }

  /** A directory on the way could not be made. */
  private static final class PathException extends Exception {
    PathException(String message) {
      super(message);
    }
  }
}
