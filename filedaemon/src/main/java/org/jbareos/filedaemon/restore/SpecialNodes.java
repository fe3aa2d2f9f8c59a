package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.filedaemon.walk.FileStat;

/**
 * Creates FIFOs and device nodes ({@code mkfifo}, {@code mknod} in {@code findlib/create_file.cc}) and sets their
 * times. Java has no system call for these, so the coreutils commands of the same names do it.
 */
final class SpecialNodes {

  private SpecialNodes() {}

  /**
   * Creates the node for a FIFO, character or block device.
   *
   * @throws IOException with the command's message when it fails
   */
  static void create(Path path, long mode, long rdev) throws IOException {
    int type = (int) mode & FileStat.S_IFMT;
    List<String> command = new ArrayList<>();
    String permissions = Integer.toOctalString((int) mode & 07777);
    if (type == FileStat.S_IFIFO) {
      command.addAll(List.of("mkfifo", "-m", permissions, path.toString()));
    } else {
      String kind = type == FileStat.S_IFBLK ? "b" : "c";
      long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
      long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
      command.addAll(List.of("mknod", "-m", permissions, path.toString(), kind, Long.toString(major),
          Long.toString(minor)));
    }
    run(command, path);
  }

  /**
   * Sets atime and mtime of a FIFO or device node with {@code touch}: NIO opens a file to set its times, and opening
   * a FIFO blocks until a writer comes.
   */
  static void setTimes(Path path, long atime, long mtime) throws IOException {
    run(List.of("touch", "-h", "-c", "-a", "-d", "@" + atime, path.toString()), path);
    run(List.of("touch", "-h", "-c", "-m", "-d", "@" + mtime, path.toString()), path);
  }

  private static void run(List<String> command, Path path) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor() != 0) {
        throw new IOException(output.isEmpty() ? String.join(" ", command) + " failed" : output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IOException("interrupted while creating " + path, e);
    }
  }
}
