package org.jbareos.net.tls;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;

/**
 * Runs one TLS handshake (TLS-PSK or certificate) under a socket read timeout and turns any failure into a {@link TlsHandshakeException} that
 * says what happened. The previous timeout is restored after a successful handshake; after a failure the socket is
 * closed, as Bareos closes a connection whose handshake failed (PROTOCOL.md §2.2, step 4).
 */
final class TlsHandshakeGuard {

  /** One handshake step that may fail. */
  @FunctionalInterface
  interface Handshake<T> {
    T run() throws IOException;
  }

  private final Socket socket;
  private final Duration timeout;
  private final Optional<HandshakeInputStream> watched;
  private final String what;

  /**
   * @param watched the peer's bytes as the handshake reads them, if this side can see them
   * @param what e.g. {@code TLS-PSK handshake with client 127.0.0.1:41234}, the start of every message
   */
  TlsHandshakeGuard(Socket socket, Duration timeout, Optional<HandshakeInputStream> watched, String what) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("handshake timeout must be positive: " + timeout);
    }
    this.socket = socket;
    this.timeout = timeout;
    this.watched = watched;
    this.what = what;
  }

  /**
   * Runs the handshake.
   *
   * @param knownReason what the TLS peer object learned during the handshake (e.g. an unknown identity), if anything
   * @param identity the PSK identity in use, if known, named in the message
   */
  <T> T run(Handshake<T> handshake, Supplier<Optional<String>> knownReason, Supplier<Optional<PskIdentity>> identity)
      throws TlsHandshakeException {
    int previousTimeout;
    try {
      previousTimeout = socket.getSoTimeout();
      socket.setSoTimeout((int) Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE));
    } catch (IOException e) {
      throw new TlsHandshakeException(what + " failed: cannot set the socket timeout: " + e.getMessage(), e);
    }
    T result;
    try {
      result = handshake.run();
    } catch (IOException | RuntimeException e) {
      String about = identity.get().map(id -> " (identity " + id + ")").orElse("");
      TlsHandshakeException failure = new TlsHandshakeException(
          what + about + " failed: " + explain(e, knownReason.get()), e, credentialsRejected(e, knownReason.get()));
      try {
        socket.close();
      } catch (IOException closeFailure) {
        failure.addSuppressed(closeFailure);
      }
      throw failure;
    }
    try {
      socket.setSoTimeout(previousTimeout);
    } catch (IOException e) {
      throw new TlsHandshakeException(what + " done, but the socket timeout cannot be restored: " + e.getMessage(), e);
    }
    return result;
  }

  private String explain(Exception e, Optional<String> knownReason) {
    if (causedByTimeout(e)) {
      return "no handshake within " + timeout.toMillis() + " ms"
          + watched.map(w -> " (peer sent " + w.bytesRead() + " bytes)").orElse("");
    }
    if (knownReason.isPresent()) {
      return knownReason.get();
    }
    if (watched.isPresent() && watched.get().startedWithNonTls()) {
      return "peer did not start a TLS handshake, its first bytes are " + watched.get().firstBytesHex();
    }
    if (watched.isPresent() && watched.get().reachedEndOfStream()) {
      return "peer closed the connection after " + watched.get().bytesRead() + " bytes";
    }
    if (e instanceof TlsFatalAlertReceived received) {
      return "peer sent alert " + AlertDescription.getText(received.getAlertDescription())
          + keyHint(received.getAlertDescription());
    }
    if (e instanceof TlsFatalAlert alert) {
      String detail = alert.getMessage() == null ? "" : " (" + alert.getMessage() + ")";
      return "alert " + AlertDescription.getText(alert.getAlertDescription()) + detail
          + keyHint(alert.getAlertDescription());
    }
    if (e instanceof SSLException) {
      return e.getMessage() + (causedBy(e, CertificateException.class)
          ? ": the certificate the peer sent is not signed by a CA we trust, or not valid" : "");
    }
    if (e instanceof SocketException) {
      return "connection lost (" + e.getMessage() + "); a Bareos peer closes it when it refuses the identity or key";
    }
    return e.toString();
  }

  /** The server refused the identity, or either side's key check failed. */
  private boolean credentialsRejected(Exception e, Optional<String> knownReason) {
    if (causedByTimeout(e)) {
      return false;
    }
    if (knownReason.isPresent()) {
      return true;
    }
    return e instanceof TlsFatalAlertReceived received && !keyHint(received.getAlertDescription()).isEmpty()
        || e instanceof TlsFatalAlert alert && !keyHint(alert.getAlertDescription()).isEmpty()
        || e instanceof TlsFatalAlertReceived unknown
            && unknown.getAlertDescription() == AlertDescription.unknown_psk_identity;
  }

  /** A wrong PSK shows as a failed binder (TLS 1.3) or Finished MAC (TLS 1.2). */
  private static String keyHint(short alert) {
    return alert == AlertDescription.decrypt_error || alert == AlertDescription.bad_record_mac
        ? ": the pre-shared keys of the two sides do not match (with TLS-PSK the key is the password: the"
            + " passwords differ)"
        : "";
  }

  private static boolean causedByTimeout(Throwable e) {
    return causedBy(e, SocketTimeoutException.class);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
