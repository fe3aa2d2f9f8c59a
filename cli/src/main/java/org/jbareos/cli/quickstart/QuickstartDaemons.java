package org.jbareos.cli.quickstart;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.ConfigException;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.director.DirectorDaemon;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.job.EngineJobRunner;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobEngineSettings;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.storage.StorageDaemon;

/**
 * The three daemons and the catalog of a quick start, in this one JVM, each started from the configuration written
 * to {@code <workdir>/etc} exactly as {@code jbareos director|storage|filedaemon -c <workdir>/etc} would start it.
 * The catalog is opened first and shared by the Director's console server and its job engine, so {@code list jobs}
 * shows the jobs the engine ran. {@link #close()} stops them in the reverse order of their start.
 */
final class QuickstartDaemons implements AutoCloseable {

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private JobEngine engine;
  private DirectorDaemon director;

  private QuickstartDaemons() {}

  /** Starts the catalog, the Storage Daemon, the File Daemon and the Director, one progress line each. */
  static QuickstartDaemons start(QuickstartSite site, Progress progress) throws IOException, ConfigException {
    DirectorConfig dirConfig = DirectorConfig.load(site.etc());
    StorageDaemonConfig sdConfig = StorageDaemonConfig.load(site.etc());
    FileDaemonConfig fdConfig = FileDaemonConfig.load(site.etc());
    QuickstartDaemons daemons = new QuickstartDaemons();
    try {
      progress.begin("Starting the catalog (embedded PostgreSQL under " + site.directorWorking() + ")");
      CatalogDatabase catalog = CatalogDatabase.open(DirectorDaemon.catalogSettings(dirConfig));
      daemons.started.push(catalog);
      progress.done("at " + catalog.endpoint());

      progress.begin("Starting the Storage Daemon " + sdConfig.storage().name());
      StorageDaemon sd = StorageDaemon.start(sdConfig, Optional.empty());
      daemons.started.push(sd);
      progress.done("port " + sd.port());

      progress.begin("Starting the File Daemon " + fdConfig.client().name());
      FileDaemon fd = FileDaemon.start(fdConfig, FileDaemonSettings.defaults());
      daemons.started.push(fd);
      progress.done("port " + fd.port());

      progress.begin("Starting the Director " + dirConfig.director().name());
      ClientConnectionPool clients = new ClientConnectionPool();
      daemons.engine = new JobEngine(dirConfig, catalog, JobEngineSettings.of(dirConfig).withClients(clients));
      daemons.director = DirectorDaemon.start(dirConfig, DirectorDaemon.Options.defaults().withCatalog(catalog)
          .withWaitingClients(clients).withJobRunner(new EngineJobRunner(daemons.engine)));
      daemons.started.push(daemons.director);
      progress.done("port " + daemons.director.port());
      return daemons;
    } catch (IOException | RuntimeException e) {
      progress.failed(e.getMessage() == null ? e.toString() : e.getMessage());
      daemons.close();
      throw e;
    }
  }

  JobEngine engine() {
    return engine;
  }

  DirectorDaemon director() {
    return director;
  }

  /** Stops the Director, the File Daemon, the Storage Daemon, then the catalog; each stops even if another fails. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
