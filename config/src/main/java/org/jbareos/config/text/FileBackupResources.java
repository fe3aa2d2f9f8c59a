package org.jbareos.config.text;

import java.nio.file.Path;

/**
 * The resources every generated configuration of a backup to disk repeats (the quick start, the end-to-end benchmark
 * for jbareos and for Bacula, the system tests' extra resources), written once. Callers add their own directives to
 * what these return ({@code Write Bootstrap}, {@code TLS Enable}, a {@code Description}).
 */
public final class FileBackupResources {

  private FileBackupResources() {}

  /** The Director's {@code Client}: where the File Daemon listens and the password of the link. */
  public static ResourceText client(String name, String address, int port, String password) {
    return ResourceText.named("Client", name).set("Address", address).set("FDPort", port)
        .quoted("Password", password);
  }

  /** The Director's {@code Storage}: where the Storage Daemon listens, the password, one device and its media type. */
  public static ResourceText storage(String name, String address, int port, String password, String device,
      String mediaType) {
    return ResourceText.named("Storage", name).set("Address", address).set("SDPort", port)
        .quoted("Password", password).set("Device", device).set("Media Type", mediaType);
  }

  /** A backup {@code Pool} whose volumes are labeled automatically ({@code <prefix>0001}, ...), 50G each at most. */
  public static ResourceText pool(String name, String labelPrefix) {
    return ResourceText.named("Pool", name).set("Pool Type", "Backup").set("Maximum Volume Bytes", "50G")
        .quoted("Label Format", labelPrefix);
  }

  /** The {@code Options} of a FileSet with MD5 signatures, to which callers add their own options. */
  public static ResourceText md5Options() {
    return ResourceText.of("Options").set("Signature", "MD5");
  }

  /** A {@code FileSet} including {@code files} with {@code options}. */
  public static ResourceText fileSet(String name, ResourceText options, Path... files) {
    ResourceText include = ResourceText.of("Include").block(options);
    for (Path file : files) {
      include.quoted("File", file);
    }
    return ResourceText.named("FileSet", name).block(include);
  }

  /** A Full {@code Backup} job, its messages to {@code Standard}. */
  public static ResourceText backupJob(String name, String client, String fileSet, String storage, String pool) {
    return job(ResourceText.named("Job", name).set("Type", "Backup").set("Level", "Full"), client, fileSet, storage,
        pool);
  }

  /** A {@code Restore} job writing under {@code where}. */
  public static ResourceText restoreJob(String name, String client, String fileSet, String storage, String pool,
      Path where) {
    return job(ResourceText.named("Job", name).set("Type", "Restore"), client, fileSet, storage, pool)
        .quoted("Where", where);
  }

  /** The Storage Daemon's {@code Device} for volume files in {@code archive}, labeled and mounted on demand. */
  public static ResourceText fileDevice(String name, String mediaType, Path archive) {
    return ResourceText.named("Device", name).set("Media Type", mediaType).quoted("Archive Device", archive)
        .set("LabelMedia", "yes").set("Random Access", "yes").set("AutomaticMount", "yes")
        .set("RemovableMedia", "no").set("AlwaysOpen", "no");
  }

  private static ResourceText job(ResourceText job, String client, String fileSet, String storage, String pool) {
    return job.set("Client", client).set("FileSet", fileSet)
        .set("Storage", storage).set("Pool", pool).set("Messages", "Standard");
  }
}
