package org.jbareos.director;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.config.ConfigException;
import org.jbareos.config.dir.CatalogResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.DirectorResource;
import org.jbareos.config.value.NetAddress;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.clients.ClientConnectionServer;
import org.jbareos.director.console.ConsoleConnections;
import org.jbareos.director.console.ConsoleServer;
import org.jbareos.director.console.DirectorServices;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.WaitingClients;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.AcceptedSession;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;

/**
 * The Director daemon: configuration, catalog, and the listener on the Director resource's {@code DirAddress}/{@code
 * DirPort} that accepts consoles and client initiated connections (PROTOCOL.md §9: pooled for jobs when {@link
 * Options#waitingClients()} is a {@link ClientConnectionPool}, which {@link Options#defaults()} makes).
 *
 * <pre>{@code
 * try (DirectorDaemon dir = DirectorDaemon.start(Path.of("/etc/bareos"), DirectorDaemon.Options.defaults())) {
 *   dir.awaitClose();
 * }
 * }</pre>
 *
 * <p>The catalog is the Catalog resource's database: embedded under the Working Directory when it has no {@code DB
 * Address}, else the external PostgreSQL it names (DESIGN.md, Catalog). {@link #close()} stops the listener, then the
 * catalog (unless the caller supplied it).
 */
public final class DirectorDaemon implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DirectorDaemon.class.getName());

  /**
   * How to run.
   *
   * @param version what the Director reports about itself
   * @param clock the Director's clock (local time zone for the times it shows)
   * @param cram CRAM-MD5 timing (Bareos waits 5 s after a failure)
   * @param listen where to listen instead of the Director resource's address (tests use port 0)
   * @param catalog an open catalog to use instead of opening the Catalog resource's (not closed by the daemon)
   * @param jobRunner the job engine
   * @param recentJobs where the engine reports finished jobs ({@code status director} reads them)
   * @param consoleMessages where the engine queues messages for consoles
   * @param waitingClients the client initiated connection pool ({@code status director} lists it); only a {@link
   *     ClientConnectionPool} can take connections (the job engine must share it), any other just lists
   * @param trace where the network trace of console and client connections goes, if anywhere ({@code --trace})
   */
  public record Options(DirectorVersion version, Clock clock, CramSettings cram, Optional<InetSocketAddress> listen,
      Optional<CatalogDatabase> catalog, JobRunner jobRunner, RecentJobs recentJobs,
      ConsoleMessages consoleMessages, WaitingClients waitingClients, Optional<NetworkTrace> trace) {

    public Options {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(cram, "cram");
      Objects.requireNonNull(listen, "listen");
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(jobRunner, "jobRunner");
      Objects.requireNonNull(recentJobs, "recentJobs");
      Objects.requireNonNull(consoleMessages, "consoleMessages");
      Objects.requireNonNull(waitingClients, "waitingClients");
      Objects.requireNonNull(trace, "trace");
    }

    /**
     * jbareos's version, the system clock, Bareos's CRAM timing, the configured address and catalog, no job engine,
     * an empty job history and message queue.
     */
    public static Options defaults() {
      return new Options(DirectorVersion.jbareos(), Clock.systemDefaultZone(), CramSettings.DEFAULT,
          Optional.empty(), Optional.empty(), JobRunner.NONE, new RecentJobs(), new ConsoleMessages(),
          new ClientConnectionPool(), Optional.empty());
    }

    public Options withVersion(DirectorVersion v) {
      return new Options(v, clock, cram, listen, catalog, jobRunner, recentJobs, consoleMessages, waitingClients, trace);
    }

    public Options withClock(Clock c) {
      return new Options(version, c, cram, listen, catalog, jobRunner, recentJobs, consoleMessages, waitingClients, trace);
    }

    public Options withCram(CramSettings c) {
      return new Options(version, clock, c, listen, catalog, jobRunner, recentJobs, consoleMessages, waitingClients, trace);
    }

    public Options withListen(InetSocketAddress address) {
      return new Options(version, clock, cram, Optional.of(address), catalog, jobRunner, recentJobs,
          consoleMessages, waitingClients, trace);
    }

    public Options withCatalog(CatalogDatabase db) {
      return new Options(version, clock, cram, listen, Optional.of(db), jobRunner,
          recentJobs, consoleMessages, waitingClients, trace);
    }

    public Options withJobRunner(JobRunner runner) {
      return new Options(version, clock, cram, listen, catalog, runner, recentJobs, consoleMessages, waitingClients, trace);
    }

    public Options withRecentJobs(RecentJobs jobs) {
      return new Options(version, clock, cram, listen, catalog, jobRunner, jobs, consoleMessages, waitingClients, trace);
    }

    public Options withTrace(NetworkTrace networkTrace) {
      return new Options(version, clock, cram, listen, catalog, jobRunner, recentJobs, consoleMessages, waitingClients,
          Optional.of(networkTrace));
    }

    public Options withWaitingClients(WaitingClients pool) {
      return new Options(version, clock, cram, listen, catalog, jobRunner, recentJobs, consoleMessages, pool, trace);
    }

    public Options withConsoleMessages(ConsoleMessages messages) {
      return new Options(version, clock, cram, listen, catalog, jobRunner, recentJobs, messages, waitingClients, trace);
    }
  }

  private final DirectorConfig config;
  private final CatalogDatabase catalog;
  private final boolean ownsCatalog;
  private final DirectorServices services;
  private final BareosServer server;
  private final WaitingClients waitingClients;
  private final CountDownLatch closed = new CountDownLatch(1);

  private DirectorDaemon(DirectorConfig config, CatalogDatabase catalog, boolean ownsCatalog,
      DirectorServices services, BareosServer server, WaitingClients waitingClients) {
    this.waitingClients = waitingClients;
    this.config = config;
    this.catalog = catalog;
    this.ownsCatalog = ownsCatalog;
    this.services = services;
    this.server = server;
  }

  /** Loads the configuration ({@code -c}: a file or a directory) and starts. */
  public static DirectorDaemon start(Path configPath, Options options) throws ConfigException, IOException {
    return start(DirectorConfig.load(configPath), options);
  }

  /** Starts with a loaded configuration. */
  public static DirectorDaemon start(DirectorConfig config, Options options) throws IOException {
    DirectorResource me = config.director();
    CatalogResource catalogResource = config.catalogs().getFirst();
    boolean ownsCatalog = options.catalog().isEmpty();
    CatalogDatabase catalog = options.catalog().orElseGet(() -> CatalogDatabase.open(catalogSettings(config)));
    try {
      CatalogCheck.run(config, catalog);
      DirectorServices services = new DirectorServices(config, catalogResource.name(), catalog, options.version(),
          options.recentJobs(), options.consoleMessages(), options.jobRunner(), options.clock(),
          LocalDateTime.now(options.clock()), new ConsoleConnections(), options.waitingClients());
      ServerSettings settings = ServerSettings.of(new QualifiedName(ResourceType.DIRECTOR, me.name()),
          Participant.DIRECTOR, HelloLengthLimit.DIRECTOR).withCram(options.cram());
      if (options.trace().isPresent()) {
        settings = settings.withTrace(options.trace().get());
      }
      ServerHandshake handshake = new ServerHandshake(settings, new DirectorPeers(config));
      ConsoleServer consoles = new ConsoleServer(services);
      InetSocketAddress address = options.listen().orElseGet(() -> listenAddress(me));
      Optional<ClientConnectionServer> clients = options.waitingClients() instanceof ClientConnectionPool pool
          ? Optional.of(new ClientConnectionServer(me.name(), options.version(), options.clock(), pool))
          : Optional.empty();
      BareosServer server = BareosServer.start(address, handshake, session -> serve(consoles, clients, session),
          e -> LOG.log(Level.WARNING, e.getMessage()));
      LOG.log(Level.INFO, "Director {0} listening on {1}:{2}, catalog {3} at {4}", me.name(),
          address.getHostString(), Integer.toString(server.port()), catalogResource.name(), catalog.endpoint());
      return new DirectorDaemon(config, catalog, ownsCatalog, services, server, options.waitingClients());
    } catch (IOException | RuntimeException e) {
      if (ownsCatalog) {
        catalog.close();
      }
      throw e;
    }
  }

  private static void serve(ConsoleServer consoles, Optional<ClientConnectionServer> clients,
      AcceptedSession session) throws IOException {
    switch (session.hello()) {
      case Hello.Console console -> consoles.serve(session);
      case Hello.Client client when clients.isPresent() -> clients.get().serve(session, client);
      default -> LOG.log(Level.WARNING, "Connection from " + session.connection().describePeer()
          + " closed: this Director has no client connection pool");
    }
  }

  /** The Catalog resource's database (DESIGN.md: embedded when it names no DB Address). */
  public static CatalogSettings catalogSettings(DirectorConfig config) {
    CatalogResource c = config.catalogs().getFirst();
    Path workingDirectory = Path.of(config.director().workingDirectory());
    if (c.dbAddress() == null || c.dbAddress().isBlank()) {
      return new CatalogSettings.Embedded(workingDirectory, c.dbPort() == null ? 0 : c.dbPort());
    }
    return new CatalogSettings.External(c.dbAddress().strip(),
        c.dbPort() == null || c.dbPort() == 0 ? CatalogSettings.DEFAULT_PORT : c.dbPort(),
        c.dbName() == null || c.dbName().isBlank() ? CatalogSettings.DEFAULT_DATABASE : c.dbName(),
        c.dbUser() == null || c.dbUser().isBlank() ? CatalogSettings.DEFAULT_DATABASE : c.dbUser(),
        c.dbPassword() == null ? "" : c.dbPassword().plainText().orElse(""));
  }

  private static InetSocketAddress listenAddress(DirectorResource me) {
    NetAddress first = me.addresses().getFirst();
    return new InetSocketAddress(first.host(), first.port());
  }

  /** The port the Director listens on. */
  public int port() {
    return server.port();
  }

  public DirectorConfig config() {
    return config;
  }

  public CatalogDatabase catalog() {
    return catalog;
  }

  /** Finished jobs, for the job engine to report to ({@code status director}). */
  public RecentJobs recentJobs() {
    return services.recentJobs();
  }

  /** Messages waiting for consoles, for the job engine to queue into. */
  public ConsoleMessages consoleMessages() {
    return services.messages();
  }

  /** Blocks until {@link #close()} (a foreground daemon's main thread waits here). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops listening and closes the catalog it opened. Consoles already connected finish their command. */
  @Override
  public void close() throws IOException {
    if (closed.getCount() == 0) {
      return;
    }
    try {
      server.close();
      if (waitingClients instanceof ClientConnectionPool pool) {
        pool.close();
      }
      LOG.log(Level.INFO, "Director {0} stopped listening", config.director().name());
    } finally {
      if (ownsCatalog) {
        catalog.close();
      }
      closed.countDown();
    }
  }
}
