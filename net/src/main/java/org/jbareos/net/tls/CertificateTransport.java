package org.jbareos.net.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.jbareos.net.Transport;

/** A certificate TLS session (JSSE) over a TCP socket, after a successful handshake. */
public final class CertificateTransport implements Transport {

  /**
   * The suites a certificate link enables: ECDHE with AES-GCM or ChaCha20 (TLS 1.2) and the TLS 1.3 suites, all in
   * OpenSSL's default list, so a Bareos peer shares at least one; each has a name in {@link OpenSslCipherNames}.
   */
  static final String[] CIPHER_SUITES = {
    "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
  };

  /** The largest plaintext of one TLS record, 2^14 bytes (RFC 8446 §5.1). */
  private static final int MAX_RECORD_PLAINTEXT = 16384;

  private final SSLSocket socket;
  private final String protection;
  private final InputStream input;
  private final OutputStream output;
  private final AtomicBoolean closed = new AtomicBoolean();

  CertificateTransport(SSLSocket socket) throws IOException {
    this.socket = socket;
    SSLSession session = socket.getSession();
    this.protection = OpenSslCipherNames.protection(session.getCipherSuite(), session.getProtocol());
    this.input = socket.getInputStream();
    this.output = new TlsRecordOutputStream(
        socket.getOutputStream(), Math.min(MAX_RECORD_PLAINTEXT, session.getApplicationBufferSize()));
  }

  /** Enables our protocols and suites on a socket before its handshake. */
  static void configure(SSLSocket socket, TlsVersions versions) {
    socket.setEnabledProtocols(versions.jsseProtocols());
    String[] supported = socket.getSupportedCipherSuites();
    socket.setEnabledCipherSuites(
        Arrays.stream(CIPHER_SUITES).filter(Arrays.asList(supported)::contains).toArray(String[]::new));
  }

  /**
   * The peer's verified certificate chain, for checks such as Bareos' {@code TLS Allowed CN}; empty if the peer sent
   * none (a client when the server does not require one).
   */
  public Certificate[] peerCertificates() {
    try {
      return socket.getSession().getPeerCertificates();
    } catch (SSLPeerUnverifiedException noCertificate) {
      return new Certificate[0];
    }
  }

  @Override
  public InputStream input() {
    return input;
  }

  /** Buffered up to one TLS record; call {@code flush()} after each frame. */
  @Override
  public OutputStream output() {
    return output;
  }

  /** E.g. {@code ECDHE-RSA-AES256-GCM-SHA384 TLSv1.2}. */
  @Override
  public String protection() {
    return protection;
  }

  @Override
  public String remoteAddress() {
    return SocketAddresses.remote(socket);
  }

  /** Sends close_notify and closes the socket under the TLS layer. */
  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      socket.close();
    }
  }
}
