package org.jbareos.filedaemon.accurate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.jbareos.filedaemon.backup.JdkDigests;
import org.jbareos.filedaemon.walk.DeletedFile;
import org.jbareos.filedaemon.walk.FileChanges;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FindOptions;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.dirfd.AccurateEntry;

/**
 * The previous backups' files of an accurate Incremental or Differential, as the Director sent them after {@code
 * accurate files=<n>} ({@code filed/accurate.cc AccurateCmd}, {@code accurate_htable.cc}), and the change decision
 * made with them ({@code AccurateCheckFile}):
 *
 * <ol>
 *   <li>a file not in the list is new: saved;
 *   <li>otherwise it is marked seen, and it is saved when one of the comparisons its Include's {@code Accurate =}
 *       letters name differs ({@link AccurateCheck}; default {@code mcs}), in Bareos's order: inode, mode, nlink, uid,
 *       gid, size, atime, mtime, ctime, size decrease, always; then, for a regular file with a signature option, the
 *       digest of its content against the list's checksum ({@code CalculateAndCompareFileChksum}); a list without
 *       checksum gives the warning {@code Cannot verify checksum for <name>} and the file is saved.
 * </ol>
 *
 * After the walk, {@link #unseen()} gives the files that were not seen, to be saved as deleted ({@code
 * SendDeletedList}), in the order the Director sent them. Used by the backup's walk thread only.
 */
public final class AccurateFiles implements FileChanges {

  /** The announced count only sizes the table; a bogus large one must not allocate a huge table up front. */
  private static final int MAX_INITIAL_CAPACITY = 1 << 20;

  private final Map<String, Previous> files;
  private final Consumer<String> warnings;
  private Previous first;
  private Previous last;

  /**
   * An empty list.
   *
   * @param announced the {@code accurate files=} count
   * @param warnings receives the job warnings of the decision ({@code M_WARNING} texts, with their newline)
   */
  public AccurateFiles(long announced, Consumer<String> warnings) {
    this.files = HashMap.newHashMap((int) Math.max(0, Math.min(announced, MAX_INITIAL_CAPACITY)));
    this.warnings = warnings;
  }

  /** Adds one entry of the list; a name sent twice keeps its first entry, as the htable does. */
  public void add(AccurateEntry entry) {
    Previous previous = new Previous(entry.lstat(), entry.checksum());
    if (files.putIfAbsent(entry.fileName(), previous) == null) {
      previous.name = entry.fileName();
      if (last == null) {
        first = previous;
      } else {
        last.next = previous;
      }
      last = previous;
    }
  }

  /** How many files the list holds. */
  public int size() {
    return files.size();
  }

  @Override
  public boolean changed(String fname, Path path, FileStat stat, FindOptions options, FindFileSet.Include include) {
    Previous previous = files.get(fname);
    if (previous == null) {
      return true;
    }
    previous.seen = true;
    Set<AccurateCheck> checks = include.accurate().map(AccurateCheck::of).orElse(AccurateCheck.DEFAULT);
    EncodedStat before;
    try {
      before = EncodedStat.decode(previous.lstat);
    } catch (ProtocolException e) {
      return true; // an unreadable catalog stat cannot prove the file unchanged
    }
    return statDiffers(checks, before, stat) || contentDiffers(checks, fname, path, stat, options, previous);
  }

  /** The stat comparisons of {@code AccurateCheckFile}, in its order; the first difference decides. */
  static boolean statDiffers(Set<AccurateCheck> checks, EncodedStat before, FileStat now) {
    return checks.contains(AccurateCheck.INODE) && before.ino() != now.ino()
        || checks.contains(AccurateCheck.PERMISSIONS) && before.mode() != now.mode()
        || checks.contains(AccurateCheck.NLINK) && before.nlink() != now.nlink()
        || checks.contains(AccurateCheck.UID) && before.uid() != now.uid()
        || checks.contains(AccurateCheck.GID) && before.gid() != now.gid()
        || checks.contains(AccurateCheck.SIZE) && before.size() != now.size()
        || checks.contains(AccurateCheck.ATIME) && before.atime() != now.atime()
        || checks.contains(AccurateCheck.MTIME) && before.mtime() != now.mtime()
        || checks.contains(AccurateCheck.CTIME) && before.ctime() != now.ctime()
        || checks.contains(AccurateCheck.SIZE_DECREASE) && before.size() > now.size()
        || checks.contains(AccurateCheck.ALWAYS);
  }

  /** {@code 5}/{@code 1}: the digest of a regular file's content against the list's checksum. */
  private boolean contentDiffers(Set<AccurateCheck> checks, String fname, Path path, FileStat stat,
      FindOptions options, Previous previous) {
    if (!checks.contains(AccurateCheck.MD5) && !checks.contains(AccurateCheck.SHA1)) {
      return false;
    }
    if (!stat.isRegular() || options.digest().isEmpty()) {
      return false;
    }
    if (previous.checksum.isEmpty()) {
      warnings.accept("Cannot verify checksum for " + fname + "\n");
      return true;
    }
    DigestAlgorithm algorithm = options.digest().get();
    if (!JdkDigests.supports(algorithm)) {
      return true;
    }
    try {
      return !digestOf(path, algorithm).toCatalog().equals(previous.checksum);
    } catch (IOException e) {
      return true; // calculate_file_chksum fails: the file is saved, and its open error reported then
    }
  }

  private static Digest digestOf(Path path, DigestAlgorithm algorithm) throws IOException {
    MessageDigest digest = JdkDigests.create(algorithm);
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return new Digest(algorithm, digest.digest());
  }

  @Override
  public Iterator<DeletedFile> unseen() {
    return new Iterator<>() {
      private Previous at = advance(first);

      @Override
      public boolean hasNext() {
        return at != null;
      }

      @Override
      public DeletedFile next() {
        if (at == null) {
          throw new NoSuchElementException("no more unseen files");
        }
        Previous gone = at;
        at = advance(gone.next);
        long mtime = 0;
        long ctime = 0;
        try {
          EncodedStat stat = EncodedStat.decode(gone.lstat);
          mtime = stat.mtime();
          ctime = stat.ctime();
        } catch (ProtocolException e) {
          // DecodeStat of a bad lstat leaves zeros; the entry is still marked deleted
        }
        return new DeletedFile(0, gone.name, mtime, ctime);
      }

      private Previous advance(Previous from) {
        Previous p = from;
        while (p != null && p.seen) {
          p = p.next;
        }
        return p;
      }
    };
  }

  /** One entry: what the catalog holds, whether the walk saw the file, and the next entry in the Director's order. */
  private static final class Previous {
    private final String lstat;
    private final String checksum;
    private String name;
    private boolean seen;
    private Previous next;

    Previous(String lstat, String checksum) {
      this.lstat = lstat;
      this.checksum = checksum;
    }
  }
}
