package org.jbareos.net.tls;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.tls.TlsServerProtocol;

/**
 * Accepts TLS-PSK on a connection whose first bytes are not a cleartext {@code Hello } (PROTOCOL.md §2.2, step 4).
 *
 * <p>The caller has already peeked at the start of the connection, so it passes its stream that still holds those
 * bytes (e.g. a {@link java.io.BufferedInputStream} after {@code mark}/{@code reset}), not the socket's own stream.
 *
 * <p>After the handshake, the caller must check that the hello names the resource of {@link PskTransport#identity()}
 * (PR #2721): a client holding one resource's key must not log in as another.
 */
public final class TlsPskServer {

  /** The default time a client may take to send its part of the handshake; see {@link
   * TlsPskClient#DEFAULT_HANDSHAKE_TIMEOUT}. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = TlsPskClient.DEFAULT_HANDSHAKE_TIMEOUT;

  private TlsPskServer() {}

  /** {@link #accept(InputStream, OutputStream, Socket, PskKeyLookup, TlsVersions, Duration)} with {@link
   * #DEFAULT_HANDSHAKE_TIMEOUT}. */
  public static PskTransport accept(InputStream in, OutputStream out, Socket socket, PskKeyLookup lookup,
      TlsVersions versions) throws TlsHandshakeException {
    return accept(in, out, socket, lookup, versions, DEFAULT_HANDSHAKE_TIMEOUT);
  }

  /**
   * Runs the server handshake.
   *
   * @param in the connection's bytes from the first one on, including any the caller peeked at
   * @param out the socket's output
   * @param socket the socket under the streams: its read timeout bounds the handshake and is restored afterwards; it
   *     is closed if the handshake fails
   * @param lookup the secret for the client's identity, or a refusal
   * @param versions the versions to accept
   * @param handshakeTimeout how long to wait for each read during the handshake
   * @throws TlsHandshakeException with a message naming the client and the reason (unknown identity, wrong key,
   *     not TLS, closed, timed out)
   */
  public static PskTransport accept(InputStream in, OutputStream out, Socket socket, PskKeyLookup lookup,
      TlsVersions versions, Duration handshakeTimeout) throws TlsHandshakeException {
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(versions, "versions");
    HandshakeInputStream watched = HandshakeInputStream.over(in);
    TlsServerProtocol protocol = new TlsServerProtocol(watched, out);
    BareosPskTlsServer server = new BareosPskTlsServer(lookup, versions);
    String what = "TLS-PSK handshake with client " + SocketAddresses.remote(socket);
    return new TlsHandshakeGuard(socket, handshakeTimeout, Optional.of(watched), what).run(() -> {
      protocol.accept(server);
      PskIdentity identity = server.acceptedIdentity()
          .orElseThrow(() -> new TlsHandshakeException("handshake completed without a PSK identity"));
      return new PskTransport(protocol, socket, identity, server.protection());
    }, server::refusal, server::acceptedIdentity);
  }
}
