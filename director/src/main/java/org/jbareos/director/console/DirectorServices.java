package org.jbareos.director.console;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.director.ConsoleMessages;
import org.jbareos.director.DirectorVersion;
import org.jbareos.director.RecentJobs;

/**
 * Everything of the running Director that console commands read: the configuration, the catalog, what the Director
 * says about itself, its job history, the console message queue, the job engine and the clock.
 *
 * @param config the loaded configuration
 * @param catalogName the Catalog resource the catalog was opened for
 * @param catalog the open catalog
 * @param version version strings
 * @param recentJobs finished jobs
 * @param messages messages waiting for a console
 * @param jobRunner the job engine
 * @param clock the Director's clock (local time zone)
 * @param daemonStarted when the daemon started
 * @param consoles the consoles connected now
 * @param waitingClients the client initiated connections waiting for jobs
 */
public record DirectorServices(DirectorConfig config, String catalogName, CatalogDatabase catalog,
    DirectorVersion version, RecentJobs recentJobs, ConsoleMessages messages, JobRunner jobRunner, Clock clock,
    LocalDateTime daemonStarted, ConsoleConnections consoles, WaitingClients waitingClients) {

  public DirectorServices {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(catalogName, "catalogName");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(recentJobs, "recentJobs");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(jobRunner, "jobRunner");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(daemonStarted, "daemonStarted");
    Objects.requireNonNull(consoles, "consoles");
    Objects.requireNonNull(waitingClients, "waitingClients");
  }

  /** The Director resource's name. */
  public String directorName() {
    return config.director().name();
  }

  /** Now, in the Director's local time. */
  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
