package org.jbareos.net.tls;

import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * Accepts certificate TLS on a connection whose first bytes are a TLS ClientHello (PROTOCOL.md §2.2, step 4), for
 * links configured with certificates.
 *
 * <p>The caller has already peeked at the connection, so it passes its stream that still holds those bytes. JSSE
 * reads a layered server socket's "consumed" stream until it ends and only then the socket, so all of the TLS
 * session's input goes through the caller's stream; the caller must not read from it afterwards.
 */
public final class TlsCertificateServer {

  private TlsCertificateServer() {}

  /**
   * Runs the server handshake.
   *
   * @param in the connection's bytes from the first one on, including any the caller peeked at
   * @param socket the socket under the stream; its read timeout bounds the handshake and is restored afterwards; it
   *     is closed if the handshake fails
   * @param setup our certificate and the CAs we trust for client certificates
   * @param requireClientCertificate {@code TLS Verify Peer = yes}: the client must present a certificate of our CAs
   * @param versions the versions to accept
   * @param handshakeTimeout how long to wait for each read during the handshake
   * @throws TlsHandshakeException with a message naming the client and the reason
   */
  public static CertificateTransport accept(InputStream in, Socket socket, TlsCertificateSetup setup,
      boolean requireClientCertificate, TlsVersions versions, Duration handshakeTimeout)
      throws TlsHandshakeException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(versions, "versions");
    HandshakeInputStream watched = HandshakeInputStream.over(in);
    String what = "TLS handshake with client " + SocketAddresses.remote(socket);
    return new TlsHandshakeGuard(socket, handshakeTimeout, Optional.of(watched), what).run(() -> {
      SSLSocket tls = (SSLSocket) setup.context().getSocketFactory().createSocket(socket, watched, true);
      CertificateTransport.configure(tls, versions);
      tls.setUseClientMode(false);
      tls.setNeedClientAuth(requireClientCertificate);
      tls.startHandshake();
      return new CertificateTransport(tls);
    }, Optional::empty, Optional::empty);
  }
}
