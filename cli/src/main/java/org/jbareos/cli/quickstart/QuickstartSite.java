package org.jbareos.cli.quickstart;

import java.nio.file.Path;

/**
 * Where a quick start keeps everything, all under one work directory so that wiping it leaves nothing behind: the
 * configuration ({@code etc}, in Bareos's layout), each daemon's Working Directory (the Director's holds the embedded
 * catalog), the File device's volumes, the sample tree and the restore target.
 *
 * @param workdir the quick start's own directory, wiped on each run
 * @param source the directory backed up (the sample tree unless {@code --source} names another)
 */
public record QuickstartSite(Path workdir, Path source) {

  public QuickstartSite {
    workdir = workdir.toAbsolutePath().normalize();
    source = source.toAbsolutePath().normalize();
  }

  /** The configuration directory: {@code -c} of every daemon and, with {@code bconsole.conf}, of the console. */
  public Path etc() {
    return workdir.resolve("etc");
  }

  /** The File device's Archive Device: one file per volume. */
  public Path storage() {
    return workdir.resolve("storage");
  }

  /** The restore job's {@code Where}: files come back under it with their full original path. */
  public Path restore() {
    return workdir.resolve("restore");
  }

  /** Where the restore puts {@link #source()}: Bareos prefixes the original absolute path with {@code Where}. */
  public Path restoredSource() {
    return restore().resolve(source.getRoot().relativize(source).toString());
  }

  /** The Director's Working Directory; its embedded catalog lives below it. */
  public Path directorWorking() {
    return workdir.resolve("working").resolve("bareos-dir");
  }

  public Path storageWorking() {
    return workdir.resolve("working").resolve("bareos-sd");
  }

  public Path fileDaemonWorking() {
    return workdir.resolve("working").resolve("bareos-fd");
  }

  /** The default source: the sample tree built under the work directory. */
  public static Path sampleSource(Path workdir) {
    return workdir.toAbsolutePath().normalize().resolve("sample");
  }
}
