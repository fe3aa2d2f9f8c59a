package org.jbareos.director;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.testkit.KitConfig;
import org.jbareos.testkit.SharedData;

/**
 * The conformance kit's configurations ({@code config/bareos-*.d}) written under a test directory for a Director,
 * Storage Daemon and File Daemon in one JVM: loopback ports chosen by the test, working directories, the data set,
 * the restore target and the Archive Device inside the test directory. {@link #clientInitiated} lays {@code
 * config/client-initiated/} on top (the FD dials the Director), {@link #directorInitiated} keeps the kit's Client
 * (the Director connects to the FD).
 */
final class KitSite {
  private final Path root;
  private final boolean clientInitiated;
  private final List<String> jobDirectives = new ArrayList<>();
  private final java.util.Map<String, String> directorFiles = new java.util.LinkedHashMap<>();

  private KitSite(Path root, boolean clientInitiated) {
    this.root = root;
    this.clientInitiated = clientInitiated;
  }

  /** The client initiated capture's site: {@link #fileDaemon} dials {@code port}. */
  static KitSite clientInitiated(Path root) {
    return new KitSite(root, true);
  }

  /** The kit's own site: {@link #fileDaemon} listens on {@code port}, where the Director connects. */
  static KitSite directorInitiated(Path root) {
    return new KitSite(root, false);
  }

  /** Adds {@code directive} to the Job resource backup-bareos-fd of the Director's configuration written later. */
  KitSite withJobDirective(String directive) {
    jobDirectives.add(directive);
    return this;
  }

  /** Adds a file of resources, e.g. {@code client/more.conf}, to the Director's configuration written later. */
  KitSite withDirectorFile(String relativePath, String text) {
    directorFiles.put(relativePath, text);
    return this;
  }

  Path data() {
    return root.resolve("data");
  }

  /** The RestoreFiles job's {@code Where}. */
  Path restores() {
    return root.resolve("restores");
  }

  /**
   * The file the Director's Messages resources' {@code append} destinations write ({@code /var/log/bareos/bareos.log}
   * in the kit); its directory exists once {@link #director} wrote the configuration.
   */
  Path appendLog() {
    return root.resolve("log/bareos.log");
  }

  /** The Storage Daemon's Archive Device directory, where its volumes are. */
  Path volumes() {
    return root.resolve("storage");
  }

  /** The Storage Daemon's configuration listening on {@code port}, its device under the test directory. */
  Path storage(int port) throws IOException {
    Path config = KitConfig.copy("bareos-sd.d", root.resolve("sd"));
    Files.createDirectories(volumes());
    KitConfig.rewrite(config.resolve("bareos-sd.d/storage/bareos-sd.conf"), "port = 19103", "port = " + port);
    KitConfig.rewrite(config.resolve("bareos-sd.d/storage/bareos-sd.conf"), "/var/lib/bareos", working("sd"));
    KitConfig.rewrite(config.resolve("bareos-sd.d/device/FileStorage.conf"), "/srv/bareos-test/storage",
        volumes().toString());
    return config;
  }

  /**
   * The Director's configuration: the kit's, the Storage at {@code sdPort}, the FileSet on {@link #data()},
   * restores to {@link #restores()}; the Client at {@code fdPort}, or the capture's Client ({@code Connection From
   * Director To Client = no}) for a client initiated site.
   */
  Path director(int sdPort, int fdPort) throws IOException {
    Path config = KitConfig.copy("bareos-dir.d", root.resolve("dir"));
    Path client = config.resolve("bareos-dir.d/client/bareos-fd.conf");
    if (clientInitiated) {
      Files.copy(SharedData.conformance("config/client-initiated/bareos-dir.d/client/bareos-fd.conf"), client,
          StandardCopyOption.REPLACE_EXISTING);
    } else {
      KitConfig.rewrite(client, "Port = 19102", "Port = " + fdPort);
    }
    KitConfig.rewrite(config.resolve("bareos-dir.d/storage/File.conf"), "Port = 19103", "Port = " + sdPort);
    KitConfig.rewrite(config.resolve("bareos-dir.d/director/bareos-dir.conf"), "/var/lib/bareos", working("dir"));
    KitConfig.rewrite(config.resolve("bareos-dir.d/job/backup-bareos-fd.conf"), "/var/lib/bareos/%c.bsr",
        root.resolve("%c.bsr").toString());
    for (var file : directorFiles.entrySet()) {
      Files.writeString(config.resolve("bareos-dir.d").resolve(file.getKey()), file.getValue());
    }
    for (String directive : jobDirectives) {
      KitConfig.rewrite(config.resolve("bareos-dir.d/job/backup-bareos-fd.conf"), "Priority = 10",
          "Priority = 10\n  " + directive);
    }
    KitConfig.rewrite(config.resolve("bareos-dir.d/job/RestoreFiles.conf"), "/tmp/bareos-restores",
        restores().toString());
    KitConfig.rewrite(config.resolve("bareos-dir.d/fileset/TestSet.conf"), "/srv/bareos-test/data", data().toString());
    Files.createDirectories(appendLog().getParent());
    KitConfig.rewrite(config.resolve("bareos-dir.d/messages/Standard.conf"), "/var/log/bareos/bareos.log",
        appendLog().toString());
    KitConfig.rewrite(config.resolve("bareos-dir.d/messages/Daemon.conf"), "/var/log/bareos/",
        appendLog().getParent() + "/");
    return config;
  }

  /**
   * The File Daemon's configuration: listening on {@code port}, or with the capture's Director resource dialling
   * {@code port} for a client initiated site.
   */
  Path fileDaemon(int port) throws IOException {
    Path config = KitConfig.copy("bareos-fd.d", root.resolve("fd"));
    Path client = config.resolve("bareos-fd.d/client/myself.conf");
    if (clientInitiated) {
      Path director = config.resolve("bareos-fd.d/director/bareos-dir.conf");
      Files.copy(SharedData.conformance("config/client-initiated/bareos-fd.d/director/bareos-dir.conf"), director,
          StandardCopyOption.REPLACE_EXISTING);
      KitConfig.rewrite(director, "Port = 19101", "Port = " + port);
    } else {
      KitConfig.rewrite(client, "port = 19102", "port = " + port);
    }
    KitConfig.rewrite(client, "/var/lib/bareos", working("fd"));
    return config;
  }

  private String working(String daemon) throws IOException {
    return Files.createDirectories(root.resolve("work-" + daemon)).toString();
  }
}
