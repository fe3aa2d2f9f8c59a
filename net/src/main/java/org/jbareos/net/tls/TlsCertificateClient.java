package org.jbareos.net.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * Starts certificate TLS on a connected socket, for links configured with {@code TLS Certificate}/{@code TLS Key}
 * rather than (or on top of) PSK (PROTOCOL.md §3.2). The server's certificate must chain to one of our CAs. Like
 * Bareos, which checks {@code TLS Allowed CN} instead, it does not match the certificate to a host name.
 */
public final class TlsCertificateClient {

  private TlsCertificateClient() {}

  /**
   * Runs the client handshake.
   *
   * @param socket a connected socket; its read timeout bounds the handshake and is restored afterwards; it is closed
   *     if the handshake fails
   * @param setup our certificate and the CAs we trust
   * @param versions the versions to offer
   * @param handshakeTimeout how long to wait for each read during the handshake
   * @throws TlsHandshakeException with a message naming the server and the reason
   */
  public static CertificateTransport connect(Socket socket, TlsCertificateSetup setup, TlsVersions versions,
      Duration handshakeTimeout) throws TlsHandshakeException {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(versions, "versions");
    String what = "TLS handshake with server " + SocketAddresses.remote(socket);
    return new TlsHandshakeGuard(socket, handshakeTimeout, Optional.empty(), what).run(() -> {
      SSLSocket tls = layer(socket, setup);
      CertificateTransport.configure(tls, versions);
      tls.setUseClientMode(true);
      tls.startHandshake();
      return new CertificateTransport(tls);
    }, Optional::empty, Optional::empty);
  }

  private static SSLSocket layer(Socket socket, TlsCertificateSetup setup) throws IOException {
    String host = socket.getInetAddress().getHostAddress();
    int port = socket.getRemoteSocketAddress() instanceof InetSocketAddress inet ? inet.getPort() : 0;
    return (SSLSocket) setup.context().getSocketFactory().createSocket(socket, host, port, true);
  }
}
