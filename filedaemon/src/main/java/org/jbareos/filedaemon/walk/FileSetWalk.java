package org.jbareos.filedaemon.walk;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jbareos.protocol.attributes.FileType;

/**
 * The FD's walk over a FileSet ({@code findlib/find.cc FindFiles}, {@code findlib/find_one.cc FindOneFile}), as a
 * lazy iterator: each Include block's File items in order, each directory's entries in {@code readdir} order (not
 * sorted; {@link DirectoryStream} reads them the same way), and the directory itself after its entries as {@link
 * FileType#DIREND} with a trailing {@code /} (so that a restore sets its attributes after its contents).
 *
 * <p>Rules, as in Bareos: File items themselves are never filtered; entries below them go through {@link
 * FindFileSet#accept} (an excluded directory is not descended). A directory holding one of the block's {@code
 * ExcludeDirContaining} names is skipped with everything below it. Below a File item, a directory on another file
 * system is saved without its contents unless {@code f}, and with {@code h} no subdirectory is descended. Symlinks are
 * saved, not followed. The second and later names of an inode with more than one link (regular files, devices,
 * FIFOs, sockets; not with {@code H}) become {@link FileType#LNKSAVED} with the first name's FileIndex. An empty file
 * readable by everyone is {@link FileType#REGE}. A block device named as a File item is RAW, a FIFO named as a File
 * item with {@code r} is FIFO, other special files are SPEC (sockets are skipped). In an Incremental, unchanged files
 * are reported, unchanged directories are descended but not saved ({@link FileChanges} decides: the since time, or in
 * accurate mode the previous backups' list, whose files the walk did not see come last as {@link DeletedFile}s). A
 * file that cannot be stat'ed, a link that cannot be read and a directory that cannot be opened are reported as errors
 * and the walk goes on.
 *
 * <p>The FileIndex counts the saved files (JobFiles); the walk assigns it, so the FoundFiles (and then the
 * DeletedFiles) come numbered 1, 2, ...
 * Not thread-safe; an open directory stream is held per directory level until the level is done.
 */
public final class FileSetWalk implements Iterator<WalkEntry>, AutoCloseable {

  private final FindFileSet fileSet;
  private final Optional<? extends FileChanges> changes;
  private final Map<InodeKey, FirstName> hardlinks = new HashMap<>();
  private final Deque<DirectoryLevel> levels = new ArrayDeque<>();
  private final Deque<WalkEntry> ready = new ArrayDeque<>();
  private int includeIndex;
  private int fileItemIndex;
  private String topFname = "";
  private int jobFiles;
  private Iterator<DeletedFile> unseen;

  /**
   * A walk over the FileSet.
   *
   * @param changes how an Incremental or Differential finds the changed files, empty for a Full (all are saved)
   */
  public FileSetWalk(FindFileSet fileSet, Optional<? extends FileChanges> changes) {
    this.fileSet = fileSet;
    this.changes = changes;
  }

  /** The number of files saved so far (the last FileIndex given out). */
  public int jobFiles() {
    return jobFiles;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && step()) {
      // keep walking until something is ready or all File items are done
    }
    return !ready.isEmpty();
  }

  @Override
  public WalkEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the walk is done");
    }
    return ready.removeFirst();
  }

  @Override
  public void close() {
    while (!levels.isEmpty()) {
      closeQuietly(levels.removeFirst().stream);
    }
  }

  /** Does one unit of work; false when the walk is done. */
  private boolean step() {
    DirectoryLevel level = levels.peekFirst();
    if (level != null) {
      Path child;
      try {
        child = level.entries.hasNext() ? level.entries.next() : null;
      } catch (DirectoryIteratorException e) {
        ready.add(new NotSaved(level.fname, FileType.NOOPEN,
            "Could not read directory \"" + level.fname + "\": ERR=" + ErrnoText.of(e.getCause()), true));
        child = null;
      }
      if (child != null) {
        String name = child.getFileName().toString();
        findOne(level.childPrefix + name, child, level.device, false, level.include);
      } else {
        levels.removeFirst();
        closeQuietly(level.stream);
        if (level.saveAs != null) {
          save(FileType.DIREND, level.saveAs.fname, level.path, level.saveAs.stat, "", 0, level.saveAs.options);
        } else if (level.unchanged != null) {
          ready.add(level.unchanged);
        }
        if (level.options.has(FindFlag.KEEPATIME)) {
          level.stat.restoreTimes(level.path);
        }
      }
      return true;
    }
    while (includeIndex < fileSet.includes().size()) {
      FindFileSet.Include include = fileSet.includes().get(includeIndex);
      if (fileItemIndex < include.files().size()) {
        String item = include.files().get(fileItemIndex++);
        topFname = item;
        findOne(item, Path.of(item), -1, true, include);
        return true;
      }
      includeIndex++;
      fileItemIndex = 0;
    }
    if (unseen == null) {
      unseen = changes.isPresent() ? changes.get().unseen() : Collections.emptyIterator();
    }
    if (unseen.hasNext()) {
      DeletedFile deleted = unseen.next();
      ready.add(new DeletedFile(++jobFiles, deleted.fname(), deleted.mtime(), deleted.ctime()));
      return true;
    }
    return false;
  }

  /** {@code FindOneFile} for one name. */
  private void findOne(String fname, Path path, long parentDevice, boolean topLevel, FindFileSet.Include include) {
    FileStat stat;
    try {
      stat = FileStat.lstat(path);
    } catch (IOException e) {
      if (topLevel || fileSet.accept(include, fname, false).isPresent()) {
        ready.add(new NotSaved(fname, FileType.NOSTAT,
            "Could not stat \"" + fname + "\": ERR=" + ErrnoText.of(e), true));
      }
      return;
    }
    if (topLevel && !include.defaultOptions().acceptsFsType(path)) {
      ready.add(new NotSaved(fname, FileType.INVALIDFS, "Top level directory \"" + fname
          + "\" has unlisted fstype \"" + FindOptions.fsType(path) + "\"", false));
      return;
    }
    Optional<FindOptions> accepted =
        topLevel ? Optional.of(include.defaultOptions()) : fileSet.accept(include, fname, stat.isDirectory());
    if (accepted.isEmpty()) {
      return;
    }
    FindOptions options = accepted.get();
    if (stat.isDirectory()) {
      findDirectory(fname, path, stat, parentDevice, topLevel, include, options);
      return;
    }
    if (stat.isRegular() && options.sizeMatch().filter(m -> !m.matches(stat.size())).isPresent()) {
      return;
    }
    if (changes.isPresent() && !changes.get().changed(fname, path, stat, options, include)) {
      ready.add(new NotSaved(fname, FileType.NOCHG, "Unchanged file skipped: " + fname, false));
      return;
    }
    if (!options.has(FindFlag.NO_HARDLINK) && stat.nlink() > 1 && !stat.isSymlink()) {
      FirstName first = hardlinks.get(new InodeKey(stat.dev(), stat.ino()));
      if (first != null) {
        if (!first.fname.equals(fname)) {
          save(FileType.LNKSAVED, fname, path, stat, first.fname, first.fileIndex, options);
        }
        return;
      }
    }
    switch (stat.fileTypeBits()) {
      case FileStat.S_IFREG -> {
        boolean empty = stat.size() == 0 && (stat.mode() & FileStat.MODE_RALL) == FileStat.MODE_RALL;
        save(empty ? FileType.REGE : FileType.REG, fname, path, stat, "", 0, options);
      }
      case FileStat.S_IFLNK -> {
        try {
          save(FileType.LNK, fname, path, stat, Files.readSymbolicLink(path).toString(), 0, options);
        } catch (IOException e) {
          ready.add(new NotSaved(fname, FileType.NOFOLLOW,
              "Could not follow link \"" + fname + "\": ERR=" + ErrnoText.of(e), true));
        }
      }
      default -> {
        if (stat.isSocket()) {
          ready.add(new NotSaved(fname, FileType.SPEC, "Socket file skipped: " + fname, false));
        } else if (topLevel && stat.isBlockDevice()) {
          save(FileType.RAW, fname, path, stat, "", 0, options);
        } else if (topLevel && stat.isFifo() && options.has(FindFlag.READFIFO)) {
          save(FileType.FIFO, fname, path, stat, "", 0, options);
        } else {
          save(FileType.SPEC, fname, path, stat, "", 0, options);
        }
      }
    }
  }

  /** {@code process_directory}: the directory's entries come next, the directory itself after them. */
  private void findDirectory(String fname, Path path, FileStat stat, long parentDevice, boolean topLevel,
      FindFileSet.Include include, FindOptions options) {
    for (String marker : include.excludeDirContaining()) {
      if (Files.exists(path.resolve(marker))) {
        return;
      }
    }
    int end = fname.length();
    while (end > 0 && fname.charAt(end - 1) == '/') {
      end--;
    }
    String dirName = fname.substring(0, end) + "/";
    boolean changed = changes.isEmpty() || changes.get().changed(dirName, path, stat, options, include);
    PendingDirectory saveAs = changed ? new PendingDirectory(dirName, stat, options) : null;
    String top = topFname;
    if (!topLevel && options.has(FindFlag.NO_RECURSION)) {
      saveWithoutContents(FileType.NORECURSE, dirName, path, stat, options,
          "Recursion turned off. Will not descend from " + top + " into " + fname);
      return;
    }
    if (!topLevel && parentDevice != stat.dev()) {
      if (!options.has(FindFlag.MULTIFS)) {
        saveWithoutContents(FileType.NOFSCHG, dirName, path, stat, options,
            fname + " is a different filesystem. Will not descend from " + top + " into it.");
        return;
      }
      if (!options.acceptsFsType(path)) {
        saveWithoutContents(FileType.INVALIDFS, dirName, path, stat, options,
            "Disallowed filesystem. Will not descend from " + top + " into " + fname);
        return;
      }
    }
    DirectoryStream<Path> stream;
    try {
      stream = Files.newDirectoryStream(path);
    } catch (IOException e) {
      ready.add(new NotSaved(fname, FileType.NOOPEN,
          "Could not open directory \"" + fname + "\": ERR=" + ErrnoText.of(e), true));
      return;
    }
    NotSaved unchanged =
        changed ? null : new NotSaved(dirName, FileType.DIRNOCHG, "Unchanged file skipped: " + dirName, false);
    levels.addFirst(new DirectoryLevel(dirName, path, stat, stat.dev(), dirName, include, options, stream,
        stream.iterator(), saveAs, unchanged));
  }

  /** NORECURSE, NOFSCHG, INVALIDFS: the FD notes why ({@code M_INFO}) and saves only the directory entry. */
  private void saveWithoutContents(FileType why, String dirName, Path path, FileStat stat, FindOptions options,
      String message) {
    ready.add(new NotSaved(dirName, why, message, false));
    save(FileType.DIREND, dirName, path, stat, "", 0, options);
  }

  private void save(FileType type, String fname, Path path, FileStat stat, String link, int linkFi,
      FindOptions options) {
    jobFiles++;
    ready.add(new FoundFile(jobFiles, fname, path, type, stat, link, linkFi, options));
    boolean linkable = type != FileType.DIREND && type != FileType.LNK && type != FileType.LNKSAVED;
    if (linkable && stat.nlink() > 1 && !options.has(FindFlag.NO_HARDLINK)) {
      hardlinks.putIfAbsent(new InodeKey(stat.dev(), stat.ino()), new FirstName(fname, jobFiles));
    }
  }

  private static void closeQuietly(DirectoryStream<Path> stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // closedir errors are not reported by Bareos either; the entries were read
    }
  }

  private record InodeKey(long dev, long ino) {}

  private record FirstName(String fname, int fileIndex) {}

  /** A directory to save as DIREND once its entries are done. */
  private record PendingDirectory(String fname, FileStat stat, FindOptions options) {}

  /** One open directory: its entries still to walk and how to save it afterwards. */
  private record DirectoryLevel(
      String fname,
      Path path,
      FileStat stat,
      long device,
      String childPrefix,
      FindFileSet.Include include,
      FindOptions options,
      DirectoryStream<Path> stream,
      Iterator<Path> entries,
      PendingDirectory saveAs,
      NotSaved unchanged) {}
}
