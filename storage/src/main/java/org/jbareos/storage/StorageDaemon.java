package org.jbareos.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.config.sd.StorageResource;
import org.jbareos.config.value.NetAddress;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;
import org.jbareos.storage.device.LabelSource;
import org.jbareos.storage.device.StorageDevices;
import org.jbareos.storage.job.JobRegistry;
import org.jbareos.storage.job.JobServices;
import org.jbareos.storage.job.StorageDaemonIdentity;
import org.jbareos.storage.job.StorageDaemonSessions;
import org.jbareos.storage.job.StoragePeers;

/**
 * The Storage Daemon as a process runs it: its configuration's devices and Director resources, a job registry whose
 * VolSessionTime is this start, and a listener on each configured address (SDPort, default 9103) that authenticates
 * Directors and File Daemons and hands them to {@link StorageDaemonSessions}.
 */
public final class StorageDaemon implements AutoCloseable {

  /** {@code Client Connect Wait = 0} means the default (PROTOCOL.md §1.4). */
  private static final Duration DEFAULT_CLIENT_CONNECT_WAIT = JobServices.DEFAULT_CLIENT_CONNECT_WAIT;

  private final List<BareosServer> listeners;

  private StorageDaemon(List<BareosServer> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** Starts listening; the daemon runs until {@link #close()}. */
  public static StorageDaemon start(StorageDaemonConfig config, Optional<NetworkTrace> trace) throws IOException {
    StorageResource own = config.storage();
    Clock clock = Clock.systemUTC();
    JobRegistry jobs = new JobRegistry(clock.instant().getEpochSecond(), new SessionKey());
    Duration wait = own.clientConnectWait().isZero() ? DEFAULT_CLIENT_CONNECT_WAIT : own.clientConnectWait();
    JobServices services = new JobServices(identity(own.name(), clock), StorageDevices.of(config), jobs, wait)
        .withHeartbeatInterval(own.heartbeatInterval());
    ServerSettings settings = ServerSettings.of(new QualifiedName(ResourceType.STORAGE, own.name()),
        Participant.STORAGE_DAEMON, HelloLengthLimit.STORAGE_DAEMON);
    if (trace.isPresent()) {
      settings = settings.withTrace(trace.get());
    }
    ServerHandshake handshake = new ServerHandshake(settings, new StoragePeers(config, jobs));
    List<BareosServer> listeners = new ArrayList<>();
    try {
      for (NetAddress address : own.addresses()) {
        listeners.add(BareosServer.start(new InetSocketAddress(address.host(), address.port()), handshake,
            new StorageDaemonSessions(services)));
      }
    } catch (IOException e) {
      for (BareosServer started : listeners) {
        started.close();
      }
      throw new IOException("Storage Daemon " + own.name() + " cannot listen on " + own.addresses() + ": "
          + e.getMessage(), e);
    }
    return new StorageDaemon(listeners);
  }

  /** The port of the first listener (the SDPort, or the one the system chose for port 0). */
  public int port() {
    return listeners.get(0).port();
  }

  private static StorageDaemonIdentity identity(String name, Clock clock) {
    String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
        .format(ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)));
    String version = BareosVersion.SPOKEN + " (jbareos)";
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
    LabelSource labels = new LabelSource(hostName(), name, "Ver. " + version + " " + date, "Build jbareos");
    return new StorageDaemonIdentity(name, version + " (" + date + ") " + os, labels, clock);
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public void close() throws IOException {
    for (BareosServer listener : listeners) {
      listener.close();
    }
  }
}
