package org.jbareos.net.tls;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.tls.TlsClientProtocol;

/**
 * Starts TLS-PSK on a freshly connected socket, before the hello: Bareos' "immediate TLS" (PROTOCOL.md §3.1). The
 * identity is the connecting side's qualified resource name and the key its ASCII secret (§3.2).
 *
 * <pre>{@code
 * Socket socket = new Socket(host, 9102);
 * PskTransport tls = TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
 *     PskIdentity.director("bareos-dir"), PskSecret.fromPassword("fd-secret"), TlsVersions.DEFAULT);
 * }</pre>
 */
public final class TlsPskClient {

  /**
   * The default time the server may take to answer the handshake. Bareos runs the authentication of a connection
   * under {@code AUTH_TIMEOUT} = 600 s (PROTOCOL.md §1.4); a handshake is a small part of it, so a minute is ample.
   */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(60);

  private TlsPskClient() {}

  /** {@link #connect(InputStream, OutputStream, Socket, PskIdentity, PskSecret, TlsVersions, Duration)} with {@link
   * #DEFAULT_HANDSHAKE_TIMEOUT}. */
  public static PskTransport connect(InputStream in, OutputStream out, Socket socket, PskIdentity identity,
      PskSecret secret, TlsVersions versions) throws TlsHandshakeException {
    return connect(in, out, socket, identity, secret, versions, DEFAULT_HANDSHAKE_TIMEOUT);
  }

  /**
   * Runs the client handshake.
   *
   * @param in the socket's bytes (may be buffered)
   * @param out the socket's output
   * @param socket the socket under the streams: its read timeout bounds the handshake and is restored afterwards; it
   *     is closed if the handshake fails
   * @param identity our identity, e.g. {@code R_DIRECTOR<RS>bareos-dir}
   * @param secret the key the server has for that identity
   * @param versions the versions to offer
   * @param handshakeTimeout how long to wait for each read during the handshake
   * @throws TlsHandshakeException with a message naming the peer and the reason
   */
  public static PskTransport connect(InputStream in, OutputStream out, Socket socket, PskIdentity identity,
      PskSecret secret, TlsVersions versions, Duration handshakeTimeout) throws TlsHandshakeException {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(versions, "versions");
    HandshakeInputStream watched = HandshakeInputStream.over(in);
    TlsClientProtocol protocol = new TlsClientProtocol(watched, out);
    BareosPskTlsClient client = new BareosPskTlsClient(identity, secret, versions);
    String what = "TLS-PSK handshake with server " + SocketAddresses.remote(socket);
    return new TlsHandshakeGuard(socket, handshakeTimeout, Optional.of(watched), what).run(() -> {
      protocol.connect(client);
      return new PskTransport(protocol, socket, identity, client.protection());
    }, client::refusal, () -> Optional.of(identity));
  }
}
