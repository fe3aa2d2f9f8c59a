package org.jbareos.net.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.TcpKeepalive;
import org.jbareos.net.Transport;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.tls.PskIdentity;
import org.jbareos.net.tls.TlsCertificateClient;
import org.jbareos.net.tls.TlsHandshakeException;
import org.jbareos.net.tls.TlsPskClient;
import org.jbareos.net.trace.Participant;

/**
 * The connecting side of a link (PROTOCOL.md §2, §3.1): TCP connect, then TLS-PSK at once when the resource
 * describing the server enables TLS (identity = the hello's type and name, e.g. {@code R_DIRECTOR<RS>bareos-dir} or
 * {@code R_JOB<RS><job>}), then the hello in one frame, then CRAM-MD5 answering first. The server's OK line (e.g.
 * {@code 3000 OK Hello}) is the caller's to read: it differs per daemon.
 */
public final class ClientHandshake {

  private final ClientSettings settings;

  public ClientHandshake(ClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Connects and authenticates.
   *
   * @param host the server's address
   * @param port the server's port
   * @param hello our hello, which also names our PSK identity
   * @param server the server as our configuration describes it: its name, the shared key, its TLS policy
   * @param serverParticipant the server in the network trace
   * @throws org.jbareos.net.AuthenticationException when CRAM-MD5 fails
   * @throws org.jbareos.net.tls.TlsHandshakeException when the TLS-PSK handshake fails
   */
  public BareosConnection connect(String host, int port, Hello hello, PeerCredentials server,
      Participant serverParticipant) throws IOException {
    Socket socket = new Socket();
    try {
      TcpKeepalive.enable(socket, settings.heartbeatInterval());
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), Math.toIntExact(settings.connectTimeout().toMillis()));
      socket.setSoTimeout(Math.toIntExact(settings.handshakeTimeout().toMillis()));
      BareosConnection connection = new BareosConnection(transport(socket, hello, server));
      connection.identifyPeer(server.name());
      settings.trace().ifPresent(trace -> connection.traceTo(trace, settings.participant(), serverParticipant));
      connection.send(hello.toBytes());
      int ownPolicy = server.tlsPolicy().wireValue();
      int serverPolicy = TwoWayAuthentication.forResource(settings.own(), server.key(), ownPolicy, settings.cram())
          .connect(connection);
      if (!server.tlsPolicy().startsTls() && !TlsPolicy.cleartextAgreed(serverPolicy, ownPolicy)) {
        throw new SessionRefusedException(connection.describePeer() + " wants TLS after authentication (ssl="
            + serverPolicy + "); enable TLS for it in our configuration so that TLS-PSK starts at once");
      }
      socket.setSoTimeout(0);
      return connection;
    } catch (IOException | RuntimeException e) {
      try {
        socket.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private Transport transport(Socket socket, Hello hello, PeerCredentials server) throws IOException {
    if (!server.tlsPolicy().startsTls()) {
      return new SocketTransport(socket);
    }
    if (settings.certificates().isPresent()) {
      return TlsCertificateClient.connect(socket, settings.certificates().get(), settings.tlsVersions(),
          settings.handshakeTimeout());
    }
    PskIdentity identity = PskIdentity.of(hello.qualifiedName());
    try {
      return TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket, identity,
          server.pskSecret(), settings.tlsVersions(), settings.handshakeTimeout());
    } catch (TlsHandshakeException e) {
      throw TlsFailures.asAuthenticationFailure(e);
    }
  }
}
