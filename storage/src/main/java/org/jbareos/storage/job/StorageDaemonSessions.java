package org.jbareos.storage.job;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.AcceptedSession;
import org.jbareos.net.session.SessionHandler;
import org.jbareos.net.session.SessionRefusedException;
import org.jbareos.protocol.dirsd.DirSdLine;

/**
 * What the Storage Daemon does with a connection the server accepted and authenticated ({@code
 * stored/socket_server.cc:HandleConnectionRequest}):
 *
 * <ul>
 *   <li>{@code Hello Director ...}: {@code 3000 OK Hello\n}, then the {@link DirectorSession};
 *   <li>{@code Hello Start Job <job>}: the connection goes to the job ({@link JobRegistry#attachFileDaemon}); no OK
 *       line follows CRAM-MD5 (the File Daemon's {@code append open session} comes next, {@code backup-full.txt}
 *       #4). This thread then waits until the job is done with the connection, because the server closes the
 *       connection when the handler returns.
 * </ul>
 *
 * Other hellos (a second Storage Daemon, a console) are refused: replication and the console are not served here.
 */
public final class StorageDaemonSessions implements SessionHandler {
  private final JobServices services;

  public StorageDaemonSessions(JobServices services) {
    this.services = Objects.requireNonNull(services, "services");
  }

  @Override
  public void handle(AcceptedSession session) throws IOException {
    BareosConnection connection = session.connection();
    switch (session.hello()) {
      case Hello.Director director -> {
        connection.send(DirSdLine.HELLO_OK.toWire());
        new DirectorSession(connection, services).run();
      }
      case Hello.StartJob start -> {
        SdJob job = services.jobs().attachFileDaemon(start.name(), connection);
        try {
          job.awaitFileDaemonReleased();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while job " + start.name() + " used its File Daemon");
        }
      }
      default -> throw new SessionRefusedException("the Storage Daemon does not serve " + session.hello().type()
          + " connections (" + session.hello().name() + ")");
    }
  }
}
