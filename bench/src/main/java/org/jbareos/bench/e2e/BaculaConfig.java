package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's Bacula 9.6 configuration (Debian's packages), the same resources as {@link JbareosConfig} in
 * Bacula's dialect: a SQLite catalog in the Director's working directory, one Full job and FileSet per data set
 * (MD5, no compression), one restore job, no TLS (Bacula 9.6 has no TLS-PSK).
 */
final class BaculaConfig {
  static final String CLIENT = "bench-fd";
  private static final Path MAKE_TABLES = Path.of("/usr/share/bacula-director/make_sqlite3_tables");
  private static final Path QUERY_FILE = Path.of("/etc/bacula/scripts/query.sql");

  private final Path home;
  private final BenchPorts ports;

  BaculaConfig(Path home, BenchPorts ports) {
    this.home = home;
    this.ports = ports;
  }

  Path etc() {
    return home.resolve("etc");
  }

  static String backupJob(Dataset dataset) {
    return "backup-" + dataset.name();
  }

  void write(List<Dataset> datasets) throws IOException {
    for (String dir : List.of("etc", "dir", "sd", "fd", "volumes")) {
      Files.createDirectories(home.resolve(dir));
    }
    Path dir = home.resolve("dir");
    StringBuilder text = new StringBuilder("""
        Director {
          Name = bench-dir
          DIRport = %d
          DirAddress = 127.0.0.1
          QueryFile = "%s"
          WorkingDirectory = "%s"
          PidDirectory = "%s"
          Maximum Concurrent Jobs = 10
          Password = "bench-console"
          Messages = Daemon
        }
        Catalog {
          Name = MyCatalog
          dbname = "bacula"; dbuser = ""; dbpassword = ""
        }
        Client {
          Name = %s
          Address = 127.0.0.1
          FDPort = %d
          Catalog = MyCatalog
          Password = "bench-client"
        }
        Storage {
          Name = File
          Address = 127.0.0.1
          SDPort = %d
          Password = "bench-storage"
          Device = FileStorage
          Media Type = File
        }
        Pool {
          Name = Default
          Pool Type = Backup
          Maximum Volume Bytes = 50G
          Label Format = "Full-"
        }
        Messages {
          Name = Standard
          catalog = all, !skipped, !saved
          append = "%s" = all, !skipped, !saved
        }
        Messages {
          Name = Daemon
          append = "%s" = all, !skipped
        }
        Job {
          Name = bench-restore
          Type = Restore
          Client = %s
          FileSet = %s
          Storage = File
          Pool = Default
          Messages = Standard
          Where = "%s"
        }
        """.formatted(ports.director(), QUERY_FILE, dir, dir, CLIENT, ports.fileDaemon(), ports.storage(),
        dir.resolve("bacula.log"), dir.resolve("bacula.log"), CLIENT, datasets.get(0).name(),
        home.resolve("restore")));
    for (Dataset dataset : datasets) {
      text.append("""
          FileSet {
            Name = %s
            Include {
              Options {
                signature = MD5
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
            Pool = Default
            Messages = Standard
          }
          """.formatted(dataset.name(), dataset.root(), backupJob(dataset), CLIENT, dataset.name()));
    }
    Files.writeString(etc().resolve("bacula-dir.conf"), text);
    Path sd = home.resolve("sd");
    Files.writeString(etc().resolve("bacula-sd.conf"), """
        Storage {
          Name = bench-sd
          SDPort = %d
          SDAddress = 127.0.0.1
          WorkingDirectory = "%s"
          Pid Directory = "%s"
          Maximum Concurrent Jobs = 20
        }
        Director {
          Name = bench-dir
          Password = "bench-storage"
        }
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
          director = bench-dir = all
        }
        """.formatted(ports.storage(), sd, sd, home.resolve("volumes")));
    Path fd = home.resolve("fd");
    Files.writeString(etc().resolve("bacula-fd.conf"), """
        Director {
          Name = bench-dir
          Password = "bench-client"
        }
        FileDaemon {
          Name = %s
          FDport = %d
          FDAddress = 127.0.0.1
          WorkingDirectory = "%s"
          Pid Directory = "%s"
          Maximum Concurrent Jobs = 20
        }
        Messages {
          Name = Standard
          director = bench-dir = all, !skipped, !restored
        }
        """.formatted(CLIENT, ports.fileDaemon(), fd, fd));
    Files.writeString(etc().resolve("bconsole.conf"), """
        Director {
          Name = bench-dir
          DIRport = %d
          address = 127.0.0.1
          Password = "bench-console"
        }
        """.formatted(ports.director()));
  }

  /** Creates the SQLite catalog with Debian's table script, pointed at the Director's working directory. */
  void createCatalog() throws IOException, InterruptedException {
    String script = Files.readString(MAKE_TABLES, StandardCharsets.UTF_8)
        .replace("cd /var/lib/bacula", "cd '" + home.resolve("dir") + "'").replace("XXX_DBNAME_XXX", "bacula");
    Path copy = home.resolve("make_sqlite3_tables");
    Files.writeString(copy, script);
    Process make = new ProcessBuilder("sh", copy.toString()).redirectErrorStream(true)
        .redirectOutput(home.resolve("make_sqlite3_tables.log").toFile()).start();
    if (make.waitFor() != 0) {
      throw new IOException("creating Bacula's SQLite catalog failed; see " + home.resolve("make_sqlite3_tables.log"));
    }
  }
}
