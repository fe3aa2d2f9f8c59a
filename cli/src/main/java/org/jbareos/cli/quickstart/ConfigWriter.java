package org.jbareos.cli.quickstart;

import static org.jbareos.config.text.ResourceText.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbareos.config.text.FileBackupResources;
import org.jbareos.config.text.ResourceText;

/**
 * Writes the quick start's configuration in Bareos's layout ({@code bareos-dir.d/<type>/<name>.conf},
 * {@code bareos-sd.d}, {@code bareos-fd.d}, {@code bconsole.conf}), close to what Bareos's packages install, so that
 * {@code bin/jbareos director -c <etc>} (and a real {@code bareos-dir -c <etc>}) read the same files.
 *
 * <p>No TLS directive is written: Bareos's default is TLS enabled and required, so every link runs TLS-PSK with the
 * link's password as key. The catalog names no {@code DB Address}, so the Director starts the embedded PostgreSQL
 * under its Working Directory (DESIGN.md, Catalog). The FileSet asks for {@code Hard Links = yes} (Bareos's default
 * has been {@code no} since 23.0): the quick start promises a restore identical to the source, hard links included.
 */
public final class ConfigWriter {

  /** The resource names Bareos's packages use, so the Bareos documentation's examples apply as written. */
  public static final String DIRECTOR = "bareos-dir";
  public static final String STORAGE_DAEMON = "bareos-sd";
  public static final String CLIENT = "bareos-fd";
  public static final String STORAGE = "File";
  public static final String DEVICE = "FileStorage";
  public static final String POOL = "Full";
  public static final String FILESET = "Quickstart";
  public static final String BACKUP_JOB = "backup-bareos-fd";
  public static final String RESTORE_JOB = "RestoreFiles";

  private final QuickstartSite site;
  private final LoopbackPorts ports;
  private final Passwords passwords;

  public ConfigWriter(QuickstartSite site, LoopbackPorts ports, Passwords passwords) {
    this.site = site;
    this.ports = ports;
    this.passwords = passwords;
  }

  /** Writes every file and creates the directories the configuration names. */
  public void write() throws IOException {
    for (Path dir : new Path[] {site.storage(), site.directorWorking(), site.storageWorking(),
        site.fileDaemonWorking()}) {
      Files.createDirectories(dir);
    }
    writeDirector();
    writeStorageDaemon();
    writeFileDaemon();
    write(site.etc().resolve("bconsole.conf"), """
        Director {
          Name = %s
          Address = %s
          DirPort = %d
          Password = %s
        }
        """.formatted(DIRECTOR, LoopbackPorts.LOOPBACK, ports.director(), quote(passwords.console())));
  }

  private void writeDirector() throws IOException {
    Path dir = site.etc().resolve("bareos-dir.d");
    write(dir.resolve("director").resolve(DIRECTOR + ".conf"), """
        Director {
          Name = %s
          DirAddress = %s
          DirPort = %d
          Password = %s
          Working Directory = %s
          Maximum Concurrent Jobs = 10
          Messages = Daemon
          Auditing = yes
        }
        """.formatted(DIRECTOR, LoopbackPorts.LOOPBACK, ports.director(), quote(passwords.console()),
        quote(site.directorWorking().toString())));
    // No DB Address: the embedded PostgreSQL under the Working Directory
    write(dir.resolve("catalog").resolve("MyCatalog.conf"), """
        Catalog {
          Name = MyCatalog
          DB Name = bareos
          DB User = bareos
          DB Password = ""
        }
        """);
    write(dir.resolve("client").resolve(CLIENT + ".conf"),
        FileBackupResources.client(CLIENT, LoopbackPorts.LOOPBACK, ports.fileDaemon(), passwords.client()));
    write(dir.resolve("storage").resolve(STORAGE + ".conf"), FileBackupResources.storage(STORAGE,
        LoopbackPorts.LOOPBACK, ports.storage(), passwords.storage(), DEVICE, "File"));
    write(dir.resolve("pool").resolve(POOL + ".conf"), """
        Pool {
          Name = %s
          Pool Type = Backup
          Recycle = yes
          AutoPrune = yes
          Volume Retention = 365 days
          Maximum Volume Bytes = 50G
          Maximum Volumes = 100
          Label Format = "Full-"
        }
        """.formatted(POOL));
    write(dir.resolve("fileset").resolve(FILESET + ".conf"), FileBackupResources.fileSet(FILESET,
        FileBackupResources.md5Options().set("Hard Links", "yes"), site.source())
        .quoted("Description", "The quick start's source directory."));
    write(dir.resolve("job").resolve(BACKUP_JOB + ".conf"),
        FileBackupResources.backupJob(BACKUP_JOB, CLIENT, FILESET, STORAGE, POOL)
            .quoted("Write Bootstrap", site.directorWorking().resolve("%c.bsr")));
    write(dir.resolve("job").resolve(RESTORE_JOB + ".conf"),
        FileBackupResources.restoreJob(RESTORE_JOB, CLIENT, FILESET, STORAGE, POOL, site.restore()));
    write(dir.resolve("messages").resolve("Standard.conf"), """
        Messages {
          Name = Standard
          Description = "Job messages to the console and the catalog."
          Console = all, !skipped, !saved, !audit
          Catalog = all, !skipped, !saved, !audit
          Append = %s = all, !skipped, !saved, !audit
        }
        """.formatted(quote(site.directorWorking().resolve("bareos.log").toString())));
    write(dir.resolve("messages").resolve("Daemon.conf"), """
        Messages {
          Name = Daemon
          Description = "Director messages that belong to no job."
          Console = all, !skipped, !saved, !audit
          Append = %s = all, !skipped, !saved, audit
        }
        """.formatted(quote(site.directorWorking().resolve("bareos.log").toString())));
    write(dir.resolve("console").resolve("bareos-mon.conf"), """
        Console {
          Name = bareos-mon
          Description = "Restricted console used by tray-monitor to get the status of the director."
          Password = %s
          CommandACL = status, .status
          JobACL = *all*
        }
        """.formatted(quote(passwords.monitor())));
  }

  private void writeStorageDaemon() throws IOException {
    Path sd = site.etc().resolve("bareos-sd.d");
    write(sd.resolve("storage").resolve(STORAGE_DAEMON + ".conf"), """
        Storage {
          Name = %s
          SDAddress = %s
          SDPort = %d
          Working Directory = %s
          Maximum Concurrent Jobs = 20
        }
        """.formatted(STORAGE_DAEMON, LoopbackPorts.LOOPBACK, ports.storage(),
        quote(site.storageWorking().toString())));
    write(sd.resolve("director").resolve(DIRECTOR + ".conf"), """
        Director {
          Name = %s
          Password = %s
        }
        """.formatted(DIRECTOR, quote(passwords.storage())));
    write(sd.resolve("device").resolve(DEVICE + ".conf"), FileBackupResources.fileDevice(DEVICE, "File", site.storage())
        .quoted("Description", "File device. A connecting Director must have the same Name and MediaType."));
    write(sd.resolve("messages").resolve("Standard.conf"), """
        Messages {
          Name = Standard
          Director = %s = all
        }
        """.formatted(DIRECTOR));
  }

  private void writeFileDaemon() throws IOException {
    Path fd = site.etc().resolve("bareos-fd.d");
    write(fd.resolve("client").resolve("myself.conf"), """
        Client {
          Name = %s
          FDAddress = %s
          FDPort = %d
          Working Directory = %s
          Maximum Concurrent Jobs = 20
        }
        """.formatted(CLIENT, LoopbackPorts.LOOPBACK, ports.fileDaemon(),
        quote(site.fileDaemonWorking().toString())));
    write(fd.resolve("director").resolve(DIRECTOR + ".conf"), """
        Director {
          Name = %s
          Password = %s
        }
        """.formatted(DIRECTOR, quote(passwords.client())));
    write(fd.resolve("messages").resolve("Standard.conf"), """
        Messages {
          Name = Standard
          Director = %s = all, !skipped, !restored
        }
        """.formatted(DIRECTOR));
  }

  private static void write(Path file, ResourceText resource) throws IOException {
    write(file, resource.text());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
