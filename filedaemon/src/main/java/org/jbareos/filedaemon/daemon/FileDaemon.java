package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.ConfigException;
import org.jbareos.config.fd.ClientResource;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.value.NetAddress;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.trace.Participant;

/**
 * The File Daemon: listens on the Client's {@code FD Addresses} (default port 9102) for its Directors ({@code
 * filed/socket_server.cc}); each connection runs on its own virtual thread through the hello and CRAM-MD5 (our
 * challenge names {@code R_CLIENT::<name>}; only the configured Director resources are accepted, each with its
 * password and TLS policy) and then the {@link DirectorCommandLoop}, which runs backups and restores against the
 * Storage Daemon the Director names. For each Director resource with {@code Connection From Client To Director}, a
 * {@link DirectorDialer} keeps a waiting connection open to it (PROTOCOL.md §9).
 *
 * <pre>{@code
 * try (FileDaemon fd = FileDaemon.start(FileDaemonConfig.load(Path.of("/etc/bareos/bareos-fd.d")),
 *     FileDaemonSettings.defaults())) {
 *   fd.awaitClose();
 * }
 * }</pre>
 */
public final class FileDaemon implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(FileDaemon.class.getName());
  private static final int DEFAULT_PORT = 9102;

  private final List<BareosServer> servers;
  private final FileDaemonServices services;
  private final Object closed = new Object();
  private volatile boolean open = true;

  private final List<DirectorDialer> dialers;

  private FileDaemon(List<BareosServer> servers, List<DirectorDialer> dialers, FileDaemonServices services) {
    this.servers = servers;
    this.dialers = dialers;
    this.services = services;
  }

  /** Loads the configuration ({@code -c}: a file or a {@code bareos-fd.d} directory) and starts. */
  public static FileDaemon start(Path config, FileDaemonSettings settings) throws ConfigException, IOException {
    return start(FileDaemonConfig.load(config), settings);
  }

  /** Starts listening. */
  public static FileDaemon start(FileDaemonConfig config, FileDaemonSettings settings) throws IOException {
    ClientResource client = config.client();
    QualifiedName own = new QualifiedName(ResourceType.CLIENT, client.name());
    ServerSettings serverSettings =
        ServerSettings.of(own, Participant.FILE_DAEMON, HelloLengthLimit.FILE_DAEMON).withCram(settings.cram());
    ClientSettings clientSettings = ClientSettings.of(own, Participant.FILE_DAEMON).withCram(settings.cram())
        .withResourceHeartbeat(client.heartbeatInterval());
    if (settings.trace().isPresent()) {
      serverSettings = serverSettings.withTrace(settings.trace().get());
      clientSettings = clientSettings.withTrace(settings.trace().get());
    }
    ServerHandshake handshake = new ServerHandshake(serverSettings, new DirectorPeers(config));
    ClientHandshake storageHandshake = new ClientHandshake(clientSettings);
    FileDaemonServices services = new FileDaemonServices(client.name(), settings.version(), storageHandshake,
        client.heartbeatInterval(),
        client.sdConnectTimeout() == null ? Duration.ofSeconds(1800) : client.sdConnectTimeout(),
        new RunningJobs(), settings.clock(), settings.clock().instant(), DirectorMessageTypes.of(config),
        client.allowedJobCommand() == null ? List.of() : client.allowedJobCommand());
    List<BareosServer> servers = new ArrayList<>();
    try {
      for (InetSocketAddress address : settings.listen().orElseGet(() -> addresses(client))) {
        servers.add(BareosServer.start(address, handshake,
            session -> new DirectorCommandLoop(session.connection(), services, session.hello().name()).run(),
            e -> LOG.log(System.Logger.Level.WARNING, e.getMessage())));
      }
    } catch (IOException e) {
      for (BareosServer server : servers) {
        server.close();
      }
      throw e;
    }
    List<DirectorDialer> dialers = config.directorsToConnectTo().stream()
        .map(director -> DirectorDialer.start(director, DirectorPeers.credentials(director), storageHandshake,
            services, settings.dialRetry()))
        .toList();
    return new FileDaemon(List.copyOf(servers), dialers, services);
  }

  private static List<InetSocketAddress> addresses(ClientResource client) {
    if (client.addresses() == null || client.addresses().isEmpty()) {
      return List.of(new InetSocketAddress(DEFAULT_PORT));
    }
    List<InetSocketAddress> all = new ArrayList<>();
    for (NetAddress address : client.addresses()) {
      all.add(address.host() == null || address.host().isEmpty() ? new InetSocketAddress(address.port())
          : new InetSocketAddress(address.host(), address.port()));
    }
    return all;
  }

  /** The port of the first listener (the one to use when listening on port 0). */
  public int port() {
    return servers.get(0).port();
  }

  /** The Client resource's name. */
  public String name() {
    return services.name();
  }

  /** The number of jobs running now. */
  public int runningJobs() {
    return services.jobs().all().size();
  }

  /** Blocks until {@link #close()}. */
  public void awaitClose() throws InterruptedException {
    synchronized (closed) {
      while (open) {
        closed.wait();
      }
    }
  }

  /** Stops listening and dialing; sessions already running go on to their end. */
  @Override
  public void close() throws IOException {
    dialers.forEach(DirectorDialer::stop);
    IOException failure = null;
    for (BareosServer server : servers) {
      try {
        server.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    synchronized (closed) {
      open = false;
      closed.notifyAll();
    }
    if (failure != null) {
      throw failure;
    }
  }
}
