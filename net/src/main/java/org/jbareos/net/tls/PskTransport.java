package org.jbareos.net.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.tls.TlsProtocol;
import org.jbareos.net.Transport;

/**
 * A TLS-PSK session over a TCP socket, after a successful handshake. It knows the PSK identity the client used, so a
 * server can check that the hello that follows names the same resource (PROTOCOL.md §3.2, PR #2721).
 */
public final class PskTransport implements Transport {

  private final TlsProtocol protocol;
  private final Socket socket;
  private final PskIdentity identity;
  private final String protection;
  private final InputStream input;
  private final TlsRecordOutputStream output;
  private final AtomicBoolean closed = new AtomicBoolean();

  PskTransport(TlsProtocol protocol, Socket socket, PskIdentity identity, String protection) {
    this.protocol = protocol;
    this.socket = socket;
    this.identity = identity;
    this.protection = protection;
    this.input = protocol.getInputStream();
    this.output = new TlsRecordOutputStream(protocol.getOutputStream(), protocol.getApplicationDataLimit());
  }

  /** The identity of the handshake: the one the client sent, on both sides. */
  public PskIdentity identity() {
    return identity;
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

  /** E.g. {@code TLS_AES_128_GCM_SHA256 TLSv1.3} or {@code PSK-AES128-GCM-SHA256 TLSv1.2}. */
  @Override
  public String protection() {
    return protection;
  }

  @Override
  public String remoteAddress() {
    return SocketAddresses.remote(socket);
  }

  /** Sends close_notify (as Bareos' {@code TlsBsockShutdown} does) and closes the socket. */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      protocol.close();
    } finally {
      socket.close();
    }
  }
}
