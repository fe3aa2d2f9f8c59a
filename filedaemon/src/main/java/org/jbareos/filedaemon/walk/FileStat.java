package org.jbareos.filedaemon.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jbareos.protocol.attributes.EncodedStat;

/**
 * A file's {@code lstat} as the FD reads it ({@code FindOneFile}), taken from Java NIO's {@code unix} attributes with
 * {@code NOFOLLOW_LINKS}. Times are whole seconds, as {@code EncodeStat} sends them.
 *
 * <p>NIO has no {@code st_blksize} and {@code st_blocks}: {@code blksize} is the file store's block size and {@code
 * blocks} (512-byte units) is what a file without holes and a fast symlink occupy on ext4: a regular file or directory
 * rounded up to whole {@code blksize} blocks, a symlink 0. That matches the kit's transcript for the data set
 * (tape_options 27 bytes: 8 blocks; random.bin 307200 bytes: 600; a directory: 8; the symlink: 0), but not files with
 * holes.
 */
public record FileStat(
    long dev,
    long ino,
    int mode,
    long nlink,
    long uid,
    long gid,
    long rdev,
    long size,
    long blksize,
    long blocks,
    long atime,
    long mtime,
    long ctime) {

  /** {@code S_IFMT} and the file type values of {@code st_mode}. */
  public static final int S_IFMT = 0170000;
  public static final int S_IFSOCK = 0140000;
  public static final int S_IFLNK = 0120000;
  public static final int S_IFREG = 0100000;
  public static final int S_IFBLK = 0060000;
  public static final int S_IFDIR = 0040000;
  public static final int S_IFCHR = 0020000;
  public static final int S_IFIFO = 0010000;
  /** {@code MODE_RALL}: read permission for owner, group and others. */
  public static final int MODE_RALL = 0444;

  /**
   * The {@code unix} attributes the stat needs, named one by one: {@code unix:*} also resolves the owner's and
   * group's names ({@code getpwuid}, {@code getgrgid}) for every file, which the FD never sends.
   */
  private static final String ATTRIBUTES =
      "unix:dev,ino,mode,nlink,uid,gid,rdev,size,lastAccessTime,lastModifiedTime,ctime";
  /**
   * The file store's block size by device: finding a path's file store reads the mount table, which cost more than
   * the rest of a small file's backup. A symlink's block size is its target's store's, so it is not cached.
   */
  private static final Map<Long, Long> BLOCK_SIZES = new ConcurrentHashMap<>();

  /** Reads the {@code lstat} of a path. */
  public static FileStat lstat(Path path) throws IOException {
    Map<String, Object> a = Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    int mode = (Integer) a.get("mode");
    long size = (Long) a.get("size");
    long dev = (Long) a.get("dev");
    long blksize = (mode & S_IFMT) == S_IFLNK ? blockSize(path) : blockSize(path, dev);
    long blocks;
    int type = mode & S_IFMT;
    if (type == S_IFREG || type == S_IFDIR) {
      blocks = (size + blksize - 1) / blksize * (blksize / 512);
    } else {
      blocks = 0;
    }
    return new FileStat(
        dev,
        (Long) a.get("ino"),
        mode,
        ((Number) a.get("nlink")).longValue(),
        Integer.toUnsignedLong((Integer) a.get("uid")),
        Integer.toUnsignedLong((Integer) a.get("gid")),
        (Long) a.get("rdev"),
        size,
        blksize,
        blocks,
        seconds(a.get("lastAccessTime")),
        seconds(a.get("lastModifiedTime")),
        seconds(a.get("ctime")));
  }

  private static long blockSize(Path path, long dev) {
    Long known = BLOCK_SIZES.get(dev);
    if (known != null) {
      return known;
    }
    try {
      long size = Files.getFileStore(path).getBlockSize();
      BLOCK_SIZES.put(dev, size);
      return size;
    } catch (IOException | UnsupportedOperationException e) {
      return 4096;
    }
  }

  private static long blockSize(Path path) {
    try {
      return Files.getFileStore(path).getBlockSize();
    } catch (IOException | UnsupportedOperationException e) {
      return 4096;
    }
  }

  private static long seconds(Object time) {
    return ((FileTime) time).to(TimeUnit.SECONDS);
  }

  /** The file type bits of {@code st_mode}. */
  public int fileTypeBits() {
    return mode & S_IFMT;
  }

  public boolean isDirectory() {
    return fileTypeBits() == S_IFDIR;
  }

  public boolean isRegular() {
    return fileTypeBits() == S_IFREG;
  }

  public boolean isSymlink() {
    return fileTypeBits() == S_IFLNK;
  }

  public boolean isFifo() {
    return fileTypeBits() == S_IFIFO;
  }

  public boolean isSocket() {
    return fileTypeBits() == S_IFSOCK;
  }

  public boolean isBlockDevice() {
    return fileTypeBits() == S_IFBLK;
  }

  /** The permission bits with set-id and sticky bits ({@code 07777}). */
  public int permissions() {
    return mode & 07777;
  }

  /**
   * Puts atime and mtime back after reading ({@code RestoreFileTimes} for {@code k}); errors are ignored, as there.
   * Only for regular files, directories and symlinks: NIO opens the file to set its times, which would block on a
   * FIFO.
   */
  public void restoreTimes(Path path) {
    if (!isRegular() && !isDirectory() && !isSymlink()) {
      return;
    }
    try {
      Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .setTimes(FileTime.from(mtime, TimeUnit.SECONDS), FileTime.from(atime, TimeUnit.SECONDS), null);
    } catch (IOException e) {
      // lutimes() errors are not checked by Bareos either
    }
  }

  /** The encoded stat of the attribute record ({@code EncodeStat}); {@code st_flags} is 0 on Linux. */
  public EncodedStat encode(int linkFi, int dataStream) {
    return new EncodedStat(
        dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks, atime, mtime, ctime, linkFi, 0, dataStream);
  }
}
