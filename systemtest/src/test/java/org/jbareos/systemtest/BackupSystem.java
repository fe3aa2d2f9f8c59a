package org.jbareos.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.cli.quickstart.ConfigWriter;
import org.jbareos.cli.quickstart.LoopbackPorts;
import org.jbareos.cli.quickstart.Passwords;
import org.jbareos.cli.quickstart.QuickstartSite;
import org.jbareos.cli.quickstart.SampleTree;
import org.jbareos.cli.quickstart.TreeDeletion;
import org.jbareos.client.DirectorConsole;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Storage Daemon, File Daemon and Director, each in its own JVM, configured by the quick start's Bareos-layout
 * configuration (TLS-PSK on every link, loopback ports) plus {@link FaultResources}. One set of processes serves
 * every test class of the module (started on first use, stopped when the whole run ends), because starting the
 * Director with its embedded catalog is the slowest step of the suite; scenarios use Jobs and FileSets of their own
 * so that they do not see each other's jobs. Test classes get it as a parameter through {@link Shared}.
 */
final class BackupSystem implements AutoCloseable {

  private static final Duration START_TIME = Duration.ofSeconds(60);
  /** The random file of the awkward-case tree: streams spanning many blocks, still quick. */
  private static final int LARGE_FILE_MEGABYTES = 4;
  /** Larger than {@link SmallDisk}'s size. */
  private static final int LARGER_THAN_SMALL_DISK_MEGABYTES = 8;

  private final Path root;
  private final Path projectRoot = JbareosCommandLine.projectRoot();
  private final QuickstartSite site;
  private final SourceTree tree;
  private final LoopbackPorts ports = LoopbackPorts.pick();
  private final Passwords passwords = Passwords.random();
  private final List<DaemonProcess> daemons = new ArrayList<>();
  private DaemonProcess storage;
  private DaemonProcess fileDaemon;
  private DaemonProcess director;

  private BackupSystem(Path root) throws IOException {
    this.root = root;
    // The trees first: their ctimes then lie before the first job's (whole-second) start time, so each
    // Incremental sees only the changes made after the job before it.
    tree = SourceTree.create(root.resolve("source tree"), LARGE_FILE_MEGABYTES);
    site = new QuickstartSite(root.resolve("site"), tree.root());
    SampleTree.create(faultsTree(), 0);
    Files.createDirectories(largeDir());
    SourceTree.randomFile(largeDir().resolve("larger than the small disk.bin"), LARGER_THAN_SMALL_DISK_MEGABYTES);
    Files.createDirectories(smallDisk());
    Fifo.create(fifo());
    new ConfigWriter(site, ports, passwords).write();
    new FaultResources(site.etc(), ports, passwords).write(faultsTree(), fifo(), largeDir(), smallDisk());
  }

  static BackupSystem start() throws IOException {
    BackupSystem system = new BackupSystem(Files.createTempDirectory("jbareos-systemtest-"));
    try {
      system.storage = system.startDaemon("storage", system.ports.storage());
      system.fileDaemon = system.startDaemon("filedaemon", system.ports.fileDaemon());
      system.director = system.startDaemon("director", system.ports.director());
      return system;
    } catch (IOException | RuntimeException e) {
      system.close();
      throw e;
    }
  }

  private DaemonProcess startDaemon(String role, int port) throws IOException {
    DaemonProcess daemon = DaemonProcess.start(role, projectRoot, site.etc(), root, port, START_TIME);
    daemons.add(daemon);
    return daemon;
  }

  QuickstartSite site() {
    return site;
  }

  /** The awkward-case tree the backup rounds back up (FileSet {@link ConfigWriter#FILESET}). */
  SourceTree tree() {
    return tree;
  }

  Path faultsTree() {
    return root.resolve("faults tree");
  }

  Path fifo() {
    return root.resolve("fifo");
  }

  Path largeDir() {
    return root.resolve("large");
  }

  Path smallDisk() {
    return root.resolve("small-disk");
  }

  /** A fresh directory for a test's own files (restore targets). */
  Path newDirectory(String name) throws IOException {
    return Files.createTempDirectory(root, name + "-");
  }

  DaemonProcess storageDaemon() {
    return storage;
  }

  DaemonProcess fileDaemon() {
    return fileDaemon;
  }

  DaemonProcess director() {
    return director;
  }

  LoopbackPorts ports() {
    return ports;
  }

  Passwords passwords() {
    return passwords;
  }

  /** A console through the client library, with the right password. */
  DirectorConsole connectConsole() throws IOException {
    return DirectorConsole.builder().address(LoopbackPorts.LOOPBACK).port(ports.director())
        .directorName(ConfigWriter.DIRECTOR).password(passwords.console()).connect();
  }

  /** {@code jbareos console -c <etc>/bconsole.conf} in its own JVM, commands on its standard input. */
  ConsoleProcess startConsole() throws IOException {
    return ConsoleProcess.start(projectRoot, site.etc().resolve("bconsole.conf"), root.resolve("console.log"));
  }

  Path projectRoot() {
    return projectRoot;
  }

  /** A failure's message plus every daemon's log, so the failure explains itself. */
  String withLogs(String message) {
    StringBuilder text = new StringBuilder(String.valueOf(message));
    for (DaemonProcess daemon : daemons) {
      text.append("\n----- ").append(daemon.role()).append(" log -----\n").append(daemon.logText());
    }
    return text.toString();
  }

  /** Stops the Director first (it holds the catalog and dials the others), then the FD and the SD. */
  @Override
  public void close() throws IOException {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).close();
    }
    daemons.clear();
    TreeDeletion.delete(root);
  }

  /**
   * Hands the one {@link BackupSystem} of the test run to test methods and constructors: started on first use,
   * closed by JUnit when the run ends (it is kept in the root context's store).
   */
  static final class Shared implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == BackupSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.create(BackupSystem.class))
          .getOrComputeIfAbsent(BackupSystem.class, key -> {
            try {
              return start();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }, BackupSystem.class);
    }
  }
}
