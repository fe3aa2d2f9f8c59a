package org.jbareos.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The byte stream under a Bareos connection: a plain TCP socket or a TLS session on top of one. Framing (BSOCK
 * packets, PROTOCOL.md §1) is the same on every transport, so {@code BareosConnection} only sees these streams.
 */
public interface Transport extends Closeable {

  /** Bytes from the peer. */
  InputStream input();

  /** Bytes to the peer; each frame is written to it in one call and then flushed (PROTOCOL.md §2.2). */
  OutputStream output();

  /**
   * How the link is protected, in the words of the Director's job log: {@code Cleartext}, or the negotiated cipher
   * and protocol such as {@code TLS_AES_128_GCM_SHA256 TLSv1.3} (PROTOCOL.md §3.2).
   */
  String protection();

  /** The peer's address, e.g. {@code 127.0.0.1:9103}, for logs and error messages. */
  String remoteAddress();

  /** Closes the transport and the socket under it. Idempotent. */
  @Override
  void close() throws IOException;
}
