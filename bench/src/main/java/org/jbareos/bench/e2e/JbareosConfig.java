package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's jbareos configuration: one file per daemon ({@code bareos-dir.conf}, {@code bareos-sd.conf},
 * {@code bareos-fd.conf}) in Bareos syntax, one Full backup job and FileSet per data set (MD5, no compression) and
 * one restore job. Without TLS-PSK every resource says {@code TLS Enable = no}, as Bacula 9.6 runs without TLS.
 */
final class JbareosConfig {
  static final String DIRECTOR = "bench-dir";
  static final String CLIENT = "bench-fd";
  static final String RESTORE_JOB = "bench-restore";

  private final Path etc;
  private final Path work;
  private final BenchPorts ports;
  private final boolean tlsPsk;

  JbareosConfig(Path home, BenchPorts ports, boolean tlsPsk) {
    this.etc = home.resolve("etc");
    this.work = home;
    this.ports = ports;
    this.tlsPsk = tlsPsk;
  }

  Path etc() {
    return etc;
  }

  static String backupJob(Dataset dataset) {
    return "backup-" + dataset.name();
  }

  void write(List<Dataset> datasets) throws IOException {
    for (String dir : List.of("etc", "dir", "sd", "fd", "volumes")) {
      Files.createDirectories(work.resolve(dir));
    }
    String tls = tlsPsk ? "" : "  TLS Enable = no\n";
    StringBuilder dir = new StringBuilder();
    dir.append("""
        Director {
          Name = %s
          DirAddress = 127.0.0.1
          DirPort = %d
          Password = "bench-console"
          Working Directory = "%s"
          Maximum Concurrent Jobs = 10
          Messages = Standard
        %s}
        Catalog {
          Name = MyCatalog
          DB Name = bareos
          DB User = bareos
          DB Password = ""
        }
        Client {
          Name = %s
          Address = 127.0.0.1
          FDPort = %d
          Password = "bench-client"
        %s}
        Storage {
          Name = File
          Address = 127.0.0.1
          SDPort = %d
          Password = "bench-storage"
          Device = FileStorage
          Media Type = File
        %s}
        Pool {
          Name = Full
          Pool Type = Backup
          Maximum Volume Bytes = 50G
          Label Format = "Full-"
        }
        Messages {
          Name = Standard
          Catalog = all, !skipped, !saved, !audit
          Append = "%s" = all, !skipped, !saved, !audit
        }
        Job {
          Name = %s
          Type = Restore
          Client = %s
          FileSet = %s
          Storage = File
          Pool = Full
          Messages = Standard
          Where = "%s"
        }
        """.formatted(DIRECTOR, ports.director(), work.resolve("dir"), tls, CLIENT, ports.fileDaemon(), tls,
        ports.storage(), tls, work.resolve("dir/bareos.log"), RESTORE_JOB, CLIENT, datasets.get(0).name(),
        work.resolve("restore")));
    for (Dataset dataset : datasets) {
      dir.append("""
          FileSet {
            Name = %s
            Include {
              Options {
                Signature = MD5
              }
              File = "%s"
            }
          }
          Job {
            Name = %s
            Type = Backup
            Level = Full
            Client = %s
            FileSet = %s
            Storage = File
            Pool = Full
            Messages = Standard
          }
          """.formatted(dataset.name(), dataset.root(), backupJob(dataset), CLIENT, dataset.name()));
    }
    Files.writeString(etc.resolve("bareos-dir.conf"), dir);
    Files.writeString(etc.resolve("bareos-sd.conf"), """
        Storage {
          Name = bench-sd
          SDAddress = 127.0.0.1
          SDPort = %d
          Working Directory = "%s"
          Maximum Concurrent Jobs = 20
        %s}
        Director {
          Name = %s
          Password = "bench-storage"
        %s}
        Device {
          Name = FileStorage
          Media Type = File
          Archive Device = "%s"
          LabelMedia = yes
          Random Access = yes
          AutomaticMount = yes
          RemovableMedia = no
          AlwaysOpen = no
        }
        Messages {
          Name = Standard
          Director = %s = all
        }
        """.formatted(ports.storage(), work.resolve("sd"), tls, DIRECTOR, tls, work.resolve("volumes"), DIRECTOR));
    Files.writeString(etc.resolve("bareos-fd.conf"), """
        Client {
          Name = %s
          FDAddress = 127.0.0.1
          FDPort = %d
          Working Directory = "%s"
          Maximum Concurrent Jobs = 20
        %s}
        Director {
          Name = %s
          Password = "bench-client"
        %s}
        Messages {
          Name = Standard
          Director = %s = all, !skipped, !restored
        }
        """.formatted(CLIENT, ports.fileDaemon(), work.resolve("fd"), tls, DIRECTOR, tls, DIRECTOR));
  }
}
