/**
 * The Bareos wire layer: BSOCK frames and signals, connections, Bareos base64, qualified names.
 *
 * <p>Layers, bottom up (PROTOCOL.md §1, §2):
 *
 * <ol>
 *   <li>{@link org.jbareos.net.Transport}: the byte streams; {@link org.jbareos.net.SocketTransport} for cleartext
 *       TCP, {@code org.jbareos.net.tls} for TLS.
 *   <li>{@link org.jbareos.net.FrameReader} / {@link org.jbareos.net.FrameWriter}: 4-byte big-endian headers,
 *       payloads, signals ({@link org.jbareos.net.Signal}), limits ({@link org.jbareos.net.FrameLimits}).
 *   <li>{@link org.jbareos.net.BareosConnection}: send, fsend, signal, receive (heartbeats dropped), heartbeat
 *       sender, network trace ({@code trace}), peer identity for logs.
 *   <li>{@code hello}: the first frame of a connection; {@code auth}: CRAM-MD5 both ways.
 * </ol>
 *
 * A connecting Director, in full:
 *
 * <pre>{@code
 * try (BareosConnection sd = BareosConnection.connect("127.0.0.1", 9103, Duration.ofSeconds(10))) {
 *   sd.identifyPeer(new QualifiedName(ResourceType.STORAGE, "bareos-sd"));
 *   sd.send(new Hello.Director("bareos-dir", Optional.of(new BareosVersion(26, 0, 0))).toWire());
 *   var auth = TwoWayAuthentication.forResource(new QualifiedName(ResourceType.DIRECTOR, "bareos-dir"),
 *       CramKey.fromConfiguredPassword(storagePassword), TwoWayAuthentication.TLS_NONE, CramSettings.DEFAULT);
 *   int sdPolicy = auth.connect(sd);                // response first, then our challenge
 *   Packet ok = sd.receive(Duration.ofSeconds(30)); // "3000 OK Hello\n"
 *   ...
 *   sd.signal(Signal.TERMINATE);
 * }
 * }</pre>
 *
 * Failures are checked {@link java.io.IOException}s: {@link org.jbareos.net.ProtocolException} (the peer broke the
 * protocol), {@link org.jbareos.net.ConnectionClosedException} (the peer went away, with how many bytes were
 * missing), {@link org.jbareos.net.AuthenticationException} (CRAM-MD5 failed), {@link
 * java.net.SocketTimeoutException} (a timed receive ran out).
 */
package org.jbareos.net;
