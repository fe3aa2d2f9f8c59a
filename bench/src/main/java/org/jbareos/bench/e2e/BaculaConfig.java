package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's Bacula 9.6 configuration (Debian's packages), the {@link BenchResources} as {@link JbareosConfig}
 * has them, in Bacula's dialect where it differs: a SQLite catalog in the Director's working directory, no TLS
 * (Bacula 9.6 has no TLS-PSK).
 */
final class BaculaConfig {
  private static final Path MAKE_TABLES = Path.of("/usr/share/bacula-director/make_sqlite3_tables");
  private static final Path QUERY_FILE = Path.of("/etc/bacula/scripts/query.sql");

  private static final String POOL = "Default";

  private final Path home;
  private final BenchPorts ports;

  BaculaConfig(Path home, BenchPorts ports) {
    this.home = home;
    this.ports = ports;
  }

  Path etc() {
    return home.resolve("etc");
  }

  void write(List<Dataset> datasets) throws IOException {
    BenchResources.createDirectories(home);
    Path dir = home.resolve("dir");
    String text = """
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
        Messages {
          Name = Standard
          catalog = all, !skipped, !saved
          append = "%s" = all, !skipped, !saved
        }
        Messages {
          Name = Daemon
          append = "%s" = all, !skipped
        }
        """.formatted(ports.director(), QUERY_FILE, dir, dir, dir.resolve("bacula.log"), dir.resolve("bacula.log"))
        // Bacula's Client names its catalog
        + BenchResources.client(ports).set("Catalog", "MyCatalog").text()
        + BenchResources.storage(ports).text()
        + BenchResources.pool(POOL).text()
        + BenchResources.restoreJob(datasets, POOL, home.resolve("restore")).text()
        + BenchResources.backupJobs(datasets, POOL);
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
        Messages {
          Name = Standard
          director = bench-dir = all
        }
        """.formatted(ports.storage(), sd, sd) + BenchResources.device(home).text());
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
        """.formatted(BenchResources.CLIENT, ports.fileDaemon(), fd, fd));
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
