package org.jbareos.director.clients;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jbareos.director.DirectorVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.AcceptedSession;

/**
 * What the Director does with a File Daemon that dialled in and authenticated ({@code dird/fd_cmds.cc
 * HandleFiledConnection}): answers {@code 1000 OK: <dir> Version: <ver> (<date>)\n} and puts the connection into the
 * pool. The accepting thread then waits until a job or the pool releases the connection, because the listener
 * closes it when the handler returns.
 */
public final class ClientConnectionServer {
  private static final System.Logger LOG = System.getLogger(ClientConnectionServer.class.getName());

  private final String directorName;
  private final DirectorVersion version;
  private final Clock clock;
  private final ClientConnectionPool pool;

  public ClientConnectionServer(String directorName, DirectorVersion version, Clock clock, ClientConnectionPool pool) {
    this.directorName = directorName;
    this.version = version;
    this.clock = clock;
    this.pool = pool;
  }

  /** Serves one authenticated client connection until it is released. */
  public void serve(AcceptedSession session, Hello.Client hello) throws IOException {
    session.connection().send("1000 OK: " + directorName + " Version: " + version.full() + " (" + version.date()
        + ")\n");
    PooledClient client = new PooledClient(hello.name(), hello.fdProtocolVersion().orElse(0),
        LocalDateTime.now(clock), session.connection());
    pool.add(client);
    LOG.log(Level.DEBUG, "Client {0} waits for jobs on {1}", hello.name(), session.connection().describePeer());
    try {
      client.awaitRelease();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      client.release();
    }
  }
}
