package org.jbareos.filedaemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The kit's data set plus what it lacks: an empty directory, two more names of one inode, a FIFO, a sparse file
 * (3 MiB, data at 0 and at 1 MiB, holes elsewhere), a file owned by 1234:5678 with mode 0600, a read-only directory,
 * and a symlink with an absolute target.
 */
public final class RichTree {

  public static final long SPARSE_SIZE = 3L << 20;

  private RichTree() {}

  public static Path create(Path data) throws IOException, InterruptedException {
    KitDataSet.create(data);
    Files.createDirectory(data.resolve("empty-dir"));
    Files.writeString(data.resolve("docs/hard-1.txt"), "one inode, three names\n");
    Files.createLink(data.resolve("docs/hard-2.txt"), data.resolve("docs/hard-1.txt"));
    Files.createDirectory(data.resolve("other"));
    Files.createLink(data.resolve("other/hard-3.txt"), data.resolve("docs/hard-1.txt"));
    Files.createDirectory(data.resolve("locked"));
    Files.writeString(data.resolve("locked/inside.txt"), "in a read-only directory\n");
    run("mkfifo", data.resolve("fifo").toString());
    try (FileChannel sparse = FileChannel.open(data.resolve("sparse.img"), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      sparse.write(ByteBuffer.wrap("start of the sparse file".repeat(100).getBytes()), 0);
      sparse.write(ByteBuffer.wrap("in the middle".getBytes()), 1L << 20);
      sparse.truncate(SPARSE_SIZE);
      sparse.write(ByteBuffer.wrap(new byte[] {0}), SPARSE_SIZE - 1);
    }
    Files.createSymbolicLink(data.resolve("absolute-link"), data.resolve("tape_options"));
    Files.writeString(data.resolve("owned.txt"), "owned by someone else\n");
    KitDataSet.finish(data);
    Files.setAttribute(data.resolve("owned.txt"), "unix:uid", 1234, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(data.resolve("owned.txt"), "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(data.resolve("owned.txt"), "unix:mode", 0600);
    Files.setAttribute(data.resolve("locked"), "unix:mode", 0555);
    KitDataSet.setTimes(data.resolve("owned.txt"), KitDataSet.T1);
    KitDataSet.setTimes(data.resolve("locked"), KitDataSet.T1);
    return data;
  }

  /** The 512-byte blocks a file occupies on disk ({@code stat -c %b}; NIO does not tell). */
  public static long allocatedBlocks(Path file) throws IOException, InterruptedException {
    return Long.parseLong(run("stat", "-c", "%b", file.toString()).strip());
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + ": " + output);
    }
    return output;
  }
}
