package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbareos.config.text.FileBackupResources;
import org.jbareos.config.text.ResourceText;

/**
 * What the benchmark's jbareos and Bacula configurations have in common: the resource names and passwords, the
 * directories, the Director's Client, Storage, Pool and restore Job, one Full backup Job and FileSet per data set
 * (MD5, no compression), the File device, and the console commands that run and restore a job.
 */
final class BenchResources {
  static final String DIRECTOR = "bench-dir";
  static final String STORAGE_DAEMON = "bench-sd";
  static final String CLIENT = "bench-fd";
  static final String RESTORE_JOB = "bench-restore";
  static final String CONSOLE_PASSWORD = "bench-console";
  static final String CLIENT_PASSWORD = "bench-client";
  static final String STORAGE_PASSWORD = "bench-storage";
  static final String LOOPBACK = "127.0.0.1";
  private static final String STORAGE = "File";
  private static final String DEVICE = "FileStorage";
  private static final String MEDIA_TYPE = "File";

  private BenchResources() {}

  /** Creates the configuration, daemon working, and volume directories under {@code home}. */
  static void createDirectories(Path home) throws IOException {
    for (String dir : List.of("etc", "dir", "sd", "fd", "volumes")) {
      Files.createDirectories(home.resolve(dir));
    }
  }

  static String backupJob(Dataset dataset) {
    return "backup-" + dataset.name();
  }

  /** The console command that runs the data set's backup job. */
  static String backupCommand(Dataset dataset) {
    return "run job=" + backupJob(dataset) + " level=Full yes";
  }

  /** The console command that restores every file of a backup job to {@code where}. */
  static String restoreCommand(long backupJobId, Path where) {
    return "restore jobid=" + backupJobId + " client=" + CLIENT + " where=\"" + where + "\" all done yes";
  }

  static ResourceText client(BenchPorts ports) {
    return FileBackupResources.client(CLIENT, LOOPBACK, ports.fileDaemon(), CLIENT_PASSWORD);
  }

  static ResourceText storage(BenchPorts ports) {
    return FileBackupResources.storage(STORAGE, LOOPBACK, ports.storage(), STORAGE_PASSWORD, DEVICE, MEDIA_TYPE);
  }

  static ResourceText pool(String name) {
    return FileBackupResources.pool(name, "Full-");
  }

  /** The restore job, whose FileSet (required) is the first data set's. */
  static ResourceText restoreJob(List<Dataset> datasets, String pool, Path where) {
    return FileBackupResources.restoreJob(RESTORE_JOB, CLIENT, datasets.get(0).name(), STORAGE, pool, where);
  }

  /** A FileSet and a Full backup Job for each data set, writing to {@code pool}. */
  static String backupJobs(List<Dataset> datasets, String pool) {
    StringBuilder text = new StringBuilder();
    for (Dataset dataset : datasets) {
      text.append(FileBackupResources.fileSet(dataset.name(), FileBackupResources.md5Options(), dataset.root()));
      text.append(FileBackupResources.backupJob(backupJob(dataset), CLIENT, dataset.name(), STORAGE, pool));
    }
    return text.toString();
  }

  static ResourceText device(Path home) {
    return FileBackupResources.fileDevice(DEVICE, MEDIA_TYPE, home.resolve("volumes"));
  }
}
