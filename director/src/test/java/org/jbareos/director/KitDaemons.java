package org.jbareos.director;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.client.DirectorConsole;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.director.job.EngineJobRunner;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobEngineSettings;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.storage.StorageDaemon;
import org.jbareos.testkit.FreePort;

/**
 * An embedded catalog, a real Storage Daemon, a real File Daemon and our Director with its job engine, in this JVM
 * on loopback ports, configured from the kit ({@link KitSite#directorInitiated}); consoles log in with our console
 * client ({@link DirectorConsole}) as the kit's default console. {@link #close()} stops them in reverse order.
 */
final class KitDaemons implements AutoCloseable {
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  private final KitSite site;
  private final CatalogDatabase catalog;
  private final StorageDaemon sd;
  private final FileDaemon fd;
  private final JobEngine engine;
  private final DirectorDaemon director;

  private KitDaemons(KitSite site, CatalogDatabase catalog, StorageDaemon sd, FileDaemon fd, JobEngine engine,
      DirectorDaemon director) {
    this.site = site;
    this.catalog = catalog;
    this.sd = sd;
    this.fd = fd;
    this.engine = engine;
    this.director = director;
  }

  /** Starts everything with its configuration and data under {@code root}. */
  static KitDaemons start(Path root) throws Exception {
    return start(root, config -> { });
  }

  /**
   * Starts everything with its configuration and data under {@code root}, the Director's configuration directory
   * changed by {@code editDirectorConfig} before it is loaded.
   */
  static KitDaemons start(Path root, Consumer<Path> editDirectorConfig) throws Exception {
    return start(root, editDirectorConfig, Optional.empty());
  }

  /**
   * As {@link #start(Path, Consumer)}, with every daemon writing the frames it sends to {@code trace} (the network
   * dump of {@code --trace}).
   */
  static KitDaemons start(Path root, Consumer<Path> editDirectorConfig, Optional<NetworkTrace> trace)
      throws Exception {
    KitSite site = KitSite.directorInitiated(root);
    CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(root.resolve("catalog"), 0));
    StorageDaemon sd = null;
    FileDaemon fd = null;
    try {
      sd = StorageDaemon.start(StorageDaemonConfig.load(site.storage(FreePort.onLoopback())), trace);
      FileDaemonSettings fdSettings = FileDaemonSettings.defaults().listenOn(ANY_LOOPBACK_PORT).withCram(NO_DELAY);
      fd = FileDaemon.start(FileDaemonConfig.load(site.fileDaemon(FreePort.onLoopback())),
          trace.map(fdSettings::withTrace).orElse(fdSettings));
      Path directorConfig = site.director(sd.port(), fd.port());
      editDirectorConfig.accept(directorConfig);
      DirectorConfig config = DirectorConfig.load(directorConfig);
      JobEngineSettings settings = JobEngineSettings.of(config).withMessageTimeout(Duration.ofSeconds(30));
      settings = settings.withConnect(trace.map(settings.connect().withCram(NO_DELAY)::withTrace)
          .orElse(settings.connect().withCram(NO_DELAY)));
      JobEngine engine = new JobEngine(config, catalog, settings);
      DirectorDaemon.Options options = DirectorDaemon.Options.defaults().withCatalog(catalog)
          .withCram(NO_DELAY).withListen(ANY_LOOPBACK_PORT).withJobRunner(new EngineJobRunner(engine));
      DirectorDaemon director = DirectorDaemon.start(config, trace.map(options::withTrace).orElse(options));
      return new KitDaemons(site, catalog, sd, fd, engine, director);
    } catch (Exception | Error e) {
      closeQuietly(fd);
      closeQuietly(sd);
      catalog.close();
      throw e;
    }
  }

  KitSite site() {
    return site;
  }

  CatalogDatabase catalog() {
    return catalog;
  }

  /** The Director's job engine, for jobs started without a console. */
  JobEngine engine() {
    return engine;
  }

  /** A console logged in to the Director as the kit's default console, cleartext as the kit's bconsole.conf. */
  DirectorConsole console() throws IOException {
    return DirectorConsole.builder().address("127.0.0.1").port(director.port()).password("dir-secret")
        .tlsPsk(false).autodisplayOff(false).connect();
  }

  int directorPort() {
    return director.port();
  }

  @Override
  public void close() throws Exception {
    try {
      director.close();
    } finally {
      closeQuietly(fd);
      closeQuietly(sd);
      catalog.close();
    }
  }

  private static void closeQuietly(AutoCloseable daemon) {
    if (daemon == null) {
      return;
    }
    try {
      daemon.close();
    } catch (Exception e) {
      // stopping the others matters more
    }
  }
}
