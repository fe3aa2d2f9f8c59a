package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte ranges written into a restored file, in the order they came. The backup's digest covers exactly the
 * bytes it sent (a sparse backup leaves the skipped zero blocks out of it; {@code filed/backup.cc SendDataToSd}), so
 * the restored file is checked by reading these ranges back from the file, in order. Adjacent ranges are merged.
 */
final class WrittenExtents {

  private final List<long[]> extents = new ArrayList<>();

  void add(long offset, long length) {
    if (length == 0) {
      return;
    }
    if (!extents.isEmpty()) {
      long[] last = extents.get(extents.size() - 1);
      if (last[0] + last[1] == offset) {
        last[1] += length;
        return;
      }
    }
    extents.add(new long[] {offset, length});
  }

  boolean isEmpty() {
    return extents.isEmpty();
  }

  /** Feeds the written bytes, read back from the file, into the digest. */
  void digest(Path file, MessageDigest digest) throws IOException {
    if (extents.isEmpty()) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      // as large as what is to read, at most 256 KiB: a restore of many small files allocated 256 KiB for each
      long total = extents.stream().mapToLong(extent -> extent[1]).sum();
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(256 * 1024, total));
      for (long[] extent : extents) {
        long at = extent[0];
        long end = extent[0] + extent[1];
        while (at < end) {
          buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
          int n = channel.read(buffer, at);
          if (n < 0) {
            return;
          }
          digest.update(buffer.array(), 0, n);
          at += n;
        }
      }
    }
  }

  /** All of a file, for a hard link whose data came under its first name. */
  static WrittenExtents wholeFile(long size) {
    WrittenExtents all = new WrittenExtents();
    all.add(0, size);
    return all;
  }
}
