package org.jbareos.director.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.testkit.SharedData;

/**
 * The conformance kit's Director configuration ({@code conformance/config/bareos-dir.d}), copied to a test
 * directory with the Client's and the Storage's ports pointed at the scripted daemons and the Write Bootstrap file
 * moved into the test directory. Everything else is the kit's, read by the config module.
 */
final class KitConfiguration {
  private KitConfiguration() {}

  static DirectorConfig load(Path directory, int fdPort, int sdPort) throws Exception {
    return DirectorConfig.load(copy(directory, fdPort, sdPort));
  }

  /** Writes the kit's configuration, pointed at the scripted daemons, into {@code directory} and returns it. */
  static Path copy(Path directory, int fdPort, int sdPort) throws Exception {
    Path source = SharedData.conformance("config/bareos-dir.d");
    Path target = directory.resolve("bareos-dir.d");
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
    rewrite(target.resolve("client/bareos-fd.conf"), "Port = 19102", "Port = " + fdPort);
    rewrite(target.resolve("storage/File.conf"), "Port = 19103", "Port = " + sdPort);
    rewrite(target.resolve("job/backup-bareos-fd.conf"), "/var/lib/bareos/%c.bsr",
        directory.resolve("%c.bsr").toString());
    return directory;
  }

  /** Replaces {@code from} by {@code to} in one file of a copied configuration. */
  static void rewrite(Path file, String from, String to) {
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
