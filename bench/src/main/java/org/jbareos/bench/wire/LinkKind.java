package org.jbareos.bench.wire;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.tls.PskIdentity;
import org.jbareos.net.tls.PskSecret;
import org.jbareos.net.tls.TlsPskClient;
import org.jbareos.net.tls.TlsPskServer;
import org.jbareos.net.tls.TlsVersions;

/** The links the wire benchmark compares, each built over one connected loopback socket pair. */
enum LinkKind {
  RAW_SOCKET,
  CLEARTEXT,
  TLS_PSK_1_2,
  TLS_PSK_1_3;

  private static final PskIdentity IDENTITY = PskIdentity.director("bench-dir");
  private static final PskSecret SECRET = PskSecret.fromPassword("bench-secret");

  /** The connecting side's end. */
  FrameLink client(Socket socket) throws IOException {
    return switch (this) {
      case RAW_SOCKET -> new RawSocketLink(socket);
      case CLEARTEXT -> new BareosLink(new BareosConnection(new SocketTransport(socket)));
      case TLS_PSK_1_2, TLS_PSK_1_3 -> {
        socket.setTcpNoDelay(true);
        yield new BareosLink(new BareosConnection(TlsPskClient.connect(
            socket.getInputStream(), socket.getOutputStream(), socket, IDENTITY, SECRET, versions())));
      }
    };
  }

  /** The accepting side's end. */
  FrameLink server(Socket socket) throws IOException {
    return switch (this) {
      case RAW_SOCKET -> new RawSocketLink(socket);
      case CLEARTEXT -> new BareosLink(new BareosConnection(new SocketTransport(socket)));
      case TLS_PSK_1_2, TLS_PSK_1_3 -> {
        socket.setTcpNoDelay(true);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        yield new BareosLink(new BareosConnection(TlsPskServer.accept(
            in, socket.getOutputStream(), socket, id -> Optional.of(SECRET), versions())));
      }
    };
  }

  private TlsVersions versions() {
    return this == TLS_PSK_1_2 ? TlsVersions.TLS_1_2_ONLY : TlsVersions.TLS_1_3_ONLY;
  }
}
