package org.jbareos.net.session;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.Signal;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.Transport;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.tls.PskIdentity;
import org.jbareos.net.tls.PskTransport;
import org.jbareos.net.tls.TlsCertificateServer;
import org.jbareos.net.tls.TlsHandshakeException;
import org.jbareos.net.tls.TlsPskServer;

/**
 * The server side of a new connection, as the seed's "Network startup activity" diagram draws it (PROTOCOL.md §2.2):
 *
 * <pre>
 *   peek the first 10 bytes ── fewer ──────────────────────────────&gt; TERMINATE, close
 *        │ bytes 4..10 = "Hello "                 │ anything else (a TLS ClientHello)
 *        ▼                                        ▼
 *   read and parse the hello               TLS handshake as a server (PSK, or certificates if configured)
 *   look the peer up; CleartextHelloPolicy  read the hello; it must name the PSK identity (PR #2721)
 *        └──────────────────────┬─────────────────┘
 *                               ▼
 *                CRAM-MD5, we challenge first (TwoWayAuthentication.accept)
 * </pre>
 *
 * Every refusal is an exception with a message for the daemon's log; the socket is closed by then.
 */
public final class ServerHandshake {

  /** Header (4 bytes) + {@code "Hello "}: what {@code EvaluateCleartextBareosHello} needs to decide. */
  static final int PEEK_LENGTH = 10;
  private static final int READ_AHEAD = 8 * 1024;
  private static final byte[] HELLO = "Hello ".getBytes(StandardCharsets.US_ASCII);

  private final ServerSettings settings;
  private final PeerDirectory peers;

  public ServerHandshake(ServerSettings settings, PeerDirectory peers) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.peers = Objects.requireNonNull(peers, "peers");
  }

  /** Runs the handshake on a socket a listener accepted. */
  public AcceptedSession accept(Socket socket) throws IOException {
    try {
      socket.setSoTimeout(Math.toIntExact(settings.handshakeTimeout().toMillis()));
      AcceptedSession session = handshake(socket);
      socket.setSoTimeout(0);
      return session;
    } catch (IOException | RuntimeException e) {
      closeQuietly(socket, e);
      throw e;
    }
  }

  private AcceptedSession handshake(Socket socket) throws IOException {
    // Small read-ahead: it batches the small frames, and a large payload or TLS record bypasses it (reads of at
    // least the buffer's size go straight to the socket). 64 KiB here cost every waiting client initiated
    // connection of a Director 64 KiB of heap (issue 5).
    BufferedInputStream in = new BufferedInputStream(socket.getInputStream(), READ_AHEAD);
    byte[] first = peek(in, socket);
    boolean cleartext = Arrays.equals(first, 4, PEEK_LENGTH, HELLO, 0, HELLO.length);
    return cleartext ? cleartextHandshake(socket, in) : tlsHandshake(socket, in);
  }

  private AcceptedSession cleartextHandshake(Socket socket, InputStream in) throws IOException {
    BareosConnection connection = new BareosConnection(new SocketTransport(socket, in));
    Hello hello = readHello(connection);
    PeerCredentials peer = lookUp(hello.qualifiedName(), connection);
    var refusal = CleartextHelloPolicy.refusal(hello, peer.tlsPolicy());
    if (refusal.isPresent()) {
      throw new SessionRefusedException("Connection from " + connection.describePeer() + " refused: "
          + refusal.get());
    }
    return authenticate(connection, hello, peer, false);
  }

  private AcceptedSession tlsHandshake(Socket socket, InputStream in) throws IOException {
    if (settings.certificates().isPresent()) {
      Transport transport = TlsCertificateServer.accept(in, socket, settings.certificates().get(), false,
          settings.tlsVersions(), settings.handshakeTimeout());
      BareosConnection connection = new BareosConnection(transport);
      Hello hello = readHello(connection);
      return authenticate(connection, hello, lookUp(hello.qualifiedName(), connection), true);
    }
    PskTransport transport;
    AtomicReference<QualifiedName> unknown = new AtomicReference<>();
    try {
      transport = TlsPskServer.accept(in, socket.getOutputStream(), socket,
          identity -> identity.qualifiedName().flatMap(q -> {
            Optional<PeerCredentials> peer = peers.find(q.type(), q.name());
            if (peer.isEmpty()) {
              unknown.set(q);
            }
            return peer;
          }).map(PeerCredentials::pskSecret),
          settings.tlsVersions(), settings.handshakeTimeout());
    } catch (TlsHandshakeException e) {
      if (unknown.get() != null) {
        throw new SessionRefusedException("Connection from " + socket.getRemoteSocketAddress() + " refused: "
            + peers.refusal(unknown.get()));
      }
      throw TlsFailures.asAuthenticationFailure(e);
    }
    BareosConnection connection = new BareosConnection(transport);
    Hello hello = readHello(connection);
    QualifiedName claimed = hello.qualifiedName();
    PskIdentity used = transport.identity();
    if (!PskIdentity.of(claimed).equals(used)) {
      connection.signal(Signal.TERMINATE);
      throw new SessionRefusedException("Invalid connection from " + connection.describePeer() + ": hello says "
          + claimed + " but it authenticated TLS-PSK as " + used);
    }
    return authenticate(connection, hello, lookUp(claimed, connection), true);
  }

  private AcceptedSession authenticate(BareosConnection connection, Hello hello, PeerCredentials peer,
      boolean tlsEstablished) throws IOException {
    settings.trace().ifPresent(trace ->
        connection.traceTo(trace, settings.participant(), TraceParticipants.of(hello, settings.participant())));
    connection.identifyPeer(hello.qualifiedName());
    int ownPolicy = peer.tlsPolicy().wireValue();
    int peerPolicy = TwoWayAuthentication.forResource(settings.own(), peer.key(), ownPolicy, settings.cram())
        .accept(connection);
    if (!tlsEstablished && !TlsPolicy.cleartextAgreed(peerPolicy, ownPolicy)) {
      throw new SessionRefusedException("Connection from " + connection.describePeer() + " asks for TLS after"
          + " authentication (ssl=" + peerPolicy + ", ours ssl=" + ownPolicy + "); jbareos starts TLS before the"
          + " hello only: set TLS Enable = yes on the connecting side, or TLS Enable = no on both");
    }
    return new AcceptedSession(connection, hello, peer, peerPolicy);
  }

  private Hello readHello(BareosConnection connection) throws IOException {
    Packet packet = connection.receive();
    if (!(packet instanceof Packet.Message message)) {
      throw new ProtocolException("Connection from " + connection.describePeer() + " sent " + packet
          + " instead of a hello");
    }
    settings.helloLimit().check(message.length(), connection.describePeer());
    return Hello.parse(message.payload());
  }

  private PeerCredentials lookUp(QualifiedName claimed, BareosConnection connection) throws IOException {
    var peer = peers.find(claimed.type(), claimed.name());
    if (peer.isEmpty()) {
      throw new SessionRefusedException("Connection from " + connection.describePeer() + " refused: "
          + peers.refusal(claimed));
    }
    return peer.get();
  }

  /** Reads until 10 bytes are buffered, then rewinds: the bytes stay in {@code in} for whoever reads next. */
  private static byte[] peek(BufferedInputStream in, Socket socket) throws IOException {
    in.mark(PEEK_LENGTH);
    byte[] first = new byte[PEEK_LENGTH];
    int got = 0;
    while (got < PEEK_LENGTH) {
      int n = in.read(first, got, PEEK_LENGTH - got);
      if (n < 0) {
        break;
      }
      got += n;
    }
    in.reset();
    if (got < PEEK_LENGTH) {
      sendTerminate(socket);
      throw new ProtocolException("Connection from " + socket.getRemoteSocketAddress() + " sent " + got
          + " bytes and closed: neither a Bareos hello nor a TLS handshake");
    }
    return first;
  }

  private static void sendTerminate(Socket socket) {
    try {
      socket.getOutputStream().write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFC});
    } catch (IOException peerGone) {
      // The peer closed already; there is no one left to tell.
    }
  }

  private static void closeQuietly(Socket socket, Exception cause) {
    try {
      socket.close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
