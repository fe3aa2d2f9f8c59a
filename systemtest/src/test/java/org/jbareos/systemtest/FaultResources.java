package org.jbareos.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbareos.cli.quickstart.ConfigWriter;
import org.jbareos.cli.quickstart.LoopbackPorts;
import org.jbareos.cli.quickstart.Passwords;
import org.jbareos.config.text.FileBackupResources;
import org.jbareos.config.text.ResourceText;

/**
 * The resources the fault scenarios add to the quick start's configuration, each in its own file of Bareos's layout,
 * so that every fault runs against the same three daemon processes as the backup rounds:
 *
 * <ul>
 *   <li>FileSet {@value #TREE_FILESET} (a small tree of its own) and its Job {@value #TREE_JOB};
 *   <li>FileSet {@value #FIFO_FILESET}: the same tree, then a FIFO read with {@code ReadFifo = yes}, so a backup
 *       waits in the middle of its data for as long as the test holds the FIFO open (Job {@value #FIFO_JOB});
 *   <li>a second File device on its own directory (the small disk), its Storage, Pool and Media Type, and Jobs
 *       {@value #SMALL_DISK_TREE_JOB} and {@value #SMALL_DISK_LARGE_JOB} writing to it;
 *   <li>a Storage and a Client naming the real SD and FD with a wrong password, and Jobs using each.
 * </ul>
 */
final class FaultResources {

  static final String TREE_FILESET = "FaultsTree";
  static final String FIFO_FILESET = "FaultsFifo";
  static final String LARGE_FILESET = "FaultsLarge";
  static final String TREE_JOB = "faults-tree";
  static final String FIFO_JOB = "faults-fifo";
  static final String SMALL_DISK_TREE_JOB = "small-disk-tree";
  static final String SMALL_DISK_LARGE_JOB = "small-disk-large";
  static final String WRONG_SD_PASSWORD_JOB = "wrong-sd-password";
  static final String WRONG_FD_PASSWORD_JOB = "wrong-fd-password";
  static final String SMALL_DISK_STORAGE = "SmallDisk";
  static final String SMALL_DISK_DEVICE = "SmallDiskDevice";
  static final String SMALL_DISK_POOL = "Small";
  static final String SMALL_DISK_MEDIA_TYPE = "SmallFile";
  static final String WRONG_PASSWORD_STORAGE = "WrongPasswordStorage";
  static final String WRONG_PASSWORD_CLIENT = "wrong-password-fd";
  static final String WRONG_PASSWORD = "not-the-password";

  private final Path etc;
  private final LoopbackPorts ports;
  private final Passwords passwords;

  FaultResources(Path etc, LoopbackPorts ports, Passwords passwords) {
    this.etc = etc;
    this.ports = ports;
    this.passwords = passwords;
  }

  /**
   * @param tree the small tree's directory
   * @param fifo the FIFO read after the tree
   * @param large the directory holding the file larger than the small disk
   * @param smallDisk the small disk's device directory
   */
  void write(Path tree, Path fifo, Path large, Path smallDisk) throws IOException {
    Path dir = etc.resolve("bareos-dir.d");
    write(dir.resolve("fileset").resolve(TREE_FILESET + ".conf"), fileSet(TREE_FILESET, tree));
    write(dir.resolve("fileset").resolve(FIFO_FILESET + ".conf"), FileBackupResources.fileSet(FIFO_FILESET,
        hardLinkOptions().set("ReadFifo", "yes"), tree, fifo));
    write(dir.resolve("fileset").resolve(LARGE_FILESET + ".conf"), fileSet(LARGE_FILESET, large));
    write(dir.resolve("storage").resolve(SMALL_DISK_STORAGE + ".conf"), FileBackupResources.storage(
        SMALL_DISK_STORAGE, LoopbackPorts.LOOPBACK, ports.storage(), passwords.storage(), SMALL_DISK_DEVICE,
        SMALL_DISK_MEDIA_TYPE));
    write(dir.resolve("pool").resolve(SMALL_DISK_POOL + ".conf"), FileBackupResources.pool(SMALL_DISK_POOL, "Small-"));
    write(dir.resolve("storage").resolve(WRONG_PASSWORD_STORAGE + ".conf"), FileBackupResources.storage(
        WRONG_PASSWORD_STORAGE, LoopbackPorts.LOOPBACK, ports.storage(), WRONG_PASSWORD, ConfigWriter.DEVICE, "File"));
    write(dir.resolve("client").resolve(WRONG_PASSWORD_CLIENT + ".conf"), FileBackupResources.client(
        WRONG_PASSWORD_CLIENT, LoopbackPorts.LOOPBACK, ports.fileDaemon(), WRONG_PASSWORD));
    write(dir.resolve("job").resolve(TREE_JOB + ".conf"),
        job(TREE_JOB, ConfigWriter.CLIENT, TREE_FILESET, ConfigWriter.STORAGE, ConfigWriter.POOL));
    write(dir.resolve("job").resolve(FIFO_JOB + ".conf"),
        job(FIFO_JOB, ConfigWriter.CLIENT, FIFO_FILESET, ConfigWriter.STORAGE, ConfigWriter.POOL));
    write(dir.resolve("job").resolve(SMALL_DISK_TREE_JOB + ".conf"),
        job(SMALL_DISK_TREE_JOB, ConfigWriter.CLIENT, TREE_FILESET, SMALL_DISK_STORAGE, SMALL_DISK_POOL));
    write(dir.resolve("job").resolve(SMALL_DISK_LARGE_JOB + ".conf"),
        job(SMALL_DISK_LARGE_JOB, ConfigWriter.CLIENT, LARGE_FILESET, SMALL_DISK_STORAGE, SMALL_DISK_POOL));
    write(dir.resolve("job").resolve(WRONG_SD_PASSWORD_JOB + ".conf"),
        job(WRONG_SD_PASSWORD_JOB, ConfigWriter.CLIENT, TREE_FILESET, WRONG_PASSWORD_STORAGE, ConfigWriter.POOL));
    write(dir.resolve("job").resolve(WRONG_FD_PASSWORD_JOB + ".conf"),
        job(WRONG_FD_PASSWORD_JOB, WRONG_PASSWORD_CLIENT, TREE_FILESET, ConfigWriter.STORAGE, ConfigWriter.POOL));

    write(etc.resolve("bareos-sd.d").resolve("device").resolve(SMALL_DISK_DEVICE + ".conf"),
        FileBackupResources.fileDevice(SMALL_DISK_DEVICE, SMALL_DISK_MEDIA_TYPE, smallDisk));
  }

  /** The quick start's FileSet options (MD5, hard links kept). */
  private static ResourceText hardLinkOptions() {
    return FileBackupResources.md5Options().set("Hard Links", "yes");
  }

  private static ResourceText fileSet(String name, Path... files) {
    return FileBackupResources.fileSet(name, hardLinkOptions(), files);
  }

  private static ResourceText job(String name, String client, String fileSet, String storage, String pool) {
    return FileBackupResources.backupJob(name, client, fileSet, storage, pool);
  }

  private static void write(Path file, ResourceText resource) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, resource.text(), StandardCharsets.UTF_8);
  }
}
