package org.jbareos.net.session;

import java.util.Objects;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.hello.Hello;

/**
 * A connection a server accepted and authenticated: the daemon now sends its own OK line ({@code 3000 OK Hello},
 * {@code 2000 OK Hello 54}, {@code 1000 OK: ...}) and handles the peer's commands.
 *
 * @param connection the authenticated connection
 * @param hello what the peer said it is
 * @param peer the configuration entry the peer authenticated against
 * @param peerTlsWireValue the {@code ssl=} the peer announced in its challenge
 */
public record AcceptedSession(BareosConnection connection, Hello hello, PeerCredentials peer, int peerTlsWireValue) {

  public AcceptedSession {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(hello, "hello");
    Objects.requireNonNull(peer, "peer");
  }
}
