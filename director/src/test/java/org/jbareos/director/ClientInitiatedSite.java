package org.jbareos.director;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jbareos.testkit.SharedData;

/**
 * The conformance kit's configurations for the client initiated capture ({@code config/bareos-*.d} with {@code
 * config/client-initiated/} on top), written under a test directory: loopback ports chosen by the test, working
 * directories, the data set and the Archive Device inside the test directory.
 */
final class ClientInitiatedSite {
  private final Path root;

  ClientInitiatedSite(Path root) {
    this.root = root;
  }

  Path data() {
    return root.resolve("data");
  }

  /** The Storage Daemon's configuration listening on {@code port}, its device under the test directory. */
  Path storage(int port) throws IOException {
    Path config = copy("bareos-sd.d", root.resolve("sd"));
    Files.createDirectories(root.resolve("storage"));
    rewrite(config.resolve("bareos-sd.d/storage/bareos-sd.conf"), "port = 19103", "port = " + port);
    rewrite(config.resolve("bareos-sd.d/storage/bareos-sd.conf"), "/var/lib/bareos", working("sd"));
    rewrite(config.resolve("bareos-sd.d/device/FileStorage.conf"), "/srv/bareos-test/storage",
        root.resolve("storage").toString());
    return config;
  }

  /**
   * The Director's configuration: the kit's, with the capture's Client ({@code Connection From Director To Client =
   * no}), the Storage at {@code sdPort}, the FileSet on {@link #data()}.
   */
  Path director(int sdPort) throws IOException {
    Path config = copy("bareos-dir.d", root.resolve("dir"));
    Files.copy(SharedData.conformance("config/client-initiated/bareos-dir.d/client/bareos-fd.conf"),
        config.resolve("bareos-dir.d/client/bareos-fd.conf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    rewrite(config.resolve("bareos-dir.d/storage/File.conf"), "Port = 19103", "Port = " + sdPort);
    rewrite(config.resolve("bareos-dir.d/director/bareos-dir.conf"), "/var/lib/bareos", working("dir"));
    rewrite(config.resolve("bareos-dir.d/job/backup-bareos-fd.conf"), "/var/lib/bareos/%c.bsr",
        root.resolve("%c.bsr").toString());
    rewrite(config.resolve("bareos-dir.d/fileset/TestSet.conf"), "/srv/bareos-test/data", data().toString());
    return config;
  }

  /** The File Daemon's configuration with the capture's Director resource, dialling {@code dirPort}. */
  Path fileDaemon(int dirPort) throws IOException {
    Path config = copy("bareos-fd.d", root.resolve("fd"));
    Path director = config.resolve("bareos-fd.d/director/bareos-dir.conf");
    Files.copy(SharedData.conformance("config/client-initiated/bareos-fd.d/director/bareos-dir.conf"), director,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    rewrite(director, "Port = 19101", "Port = " + dirPort);
    rewrite(config.resolve("bareos-fd.d/client/myself.conf"), "/var/lib/bareos", working("fd"));
    return config;
  }

  private String working(String daemon) throws IOException {
    return Files.createDirectories(root.resolve("work-" + daemon)).toString();
  }

  private static Path copy(String kitDirectory, Path config) throws IOException {
    Path source = SharedData.conformance("config/" + kitDirectory);
    Path target = config.resolve(kitDirectory);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
          copy.toFile().setWritable(true);
        }
      }
    }
    return config;
  }

  private static void rewrite(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException(file + " no longer says " + from);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
