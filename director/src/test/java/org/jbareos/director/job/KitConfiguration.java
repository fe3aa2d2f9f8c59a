package org.jbareos.director.job;

import java.nio.file.Path;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.testkit.KitConfig;

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
    Path target = KitConfig.copy("bareos-dir.d", directory).resolve("bareos-dir.d");
    KitConfig.rewrite(target.resolve("client/bareos-fd.conf"), "Port = 19102", "Port = " + fdPort);
    KitConfig.rewrite(target.resolve("storage/File.conf"), "Port = 19103", "Port = " + sdPort);
    KitConfig.rewrite(target.resolve("job/backup-bareos-fd.conf"), "/var/lib/bareos/%c.bsr",
        directory.resolve("%c.bsr").toString());
    return directory;
  }
}
