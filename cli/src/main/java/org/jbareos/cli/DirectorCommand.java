package org.jbareos.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.ConfigError;
import org.jbareos.config.ConfigException;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.director.DirectorDaemon;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.job.EngineJobRunner;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobEngineSettings;
import org.jbareos.director.job.RunOnIncomingConnect;
import org.jbareos.net.trace.NetworkTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jbareos director}: the Director ({@code bareos-dir -f -c ...}): its catalog (embedded when the Catalog
 * resource names no DB Address), the console server and the job engine sharing it; or {@code -t} to check its config.
 */
@Command(name = "director", mixinStandardHelpOptions = true, description = "Run the Director.")
public final class DirectorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DaemonOptions options;

  @Override
  public Integer call() throws Exception {
    if (options.testConfig) {
      return ConfigCheck.run(DirectorSchema.SCHEMA, options.config, spec.commandLine().getErr());
    }
    DirectorConfig config;
    try {
      config = DirectorConfig.load(options.config);
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::format).forEach(spec.commandLine().getErr()::println);
      return 1;
    }
    CatalogDatabase catalog = CatalogDatabase.open(DirectorDaemon.catalogSettings(config));
    DirectorDaemon daemon;
    try {
      // one pool: the daemon puts client initiated connections in, the job engine takes them out
      ClientConnectionPool clients = new ClientConnectionPool();
      JobEngineSettings jobSettings = JobEngineSettings.of(config).withClients(clients);
      DirectorDaemon.Options daemonOptions = DirectorDaemon.Options.defaults().withCatalog(catalog)
          .withWaitingClients(clients);
      Optional<NetworkTrace> trace = options.openTrace();
      if (trace.isPresent()) {
        jobSettings = jobSettings.withConnect(jobSettings.connect().withTrace(trace.get()));
        daemonOptions = daemonOptions.withTrace(trace.get());
      }
      JobEngine engine = new JobEngine(config, catalog, jobSettings);
      RunOnIncomingConnect onConnect = new RunOnIncomingConnect(config, catalog, engine, jobSettings.clock());
      clients.whenClientConnects(onConnect::clientConnected);
      daemon = DirectorDaemon.start(config, daemonOptions.withJobRunner(new EngineJobRunner(engine)));
    } catch (RuntimeException | java.io.IOException e) {
      catalog.close();
      throw e;
    }
    AutoCloseable director = () -> {
      try (catalog) {
        daemon.close();
      }
    };
    return DaemonOptions.runUntilStopped(director, "Director " + config.director().name() + " listening on "
        + DaemonOptions.describe(config.director().addresses()) + ", catalog at " + catalog.endpoint(),
        spec.commandLine().getOut());
  }
}
