/**
 * TLS under a Bareos connection (PROTOCOL.md §3): TLS-PSK, the default on every link since Bareos 23, and
 * certificate TLS for links configured with certificates.
 *
 * <p>Connecting side: {@link org.jbareos.net.tls.TlsPskClient#connect} right after TCP connect and before the hello
 * ("immediate TLS", §3.1), with our {@link org.jbareos.net.tls.PskIdentity} ({@code R_DIRECTOR<0x1E>bareos-dir}) and
 * {@link org.jbareos.net.tls.PskSecret} (ASCII MD5 hex of the password, or the job's session key).
 *
 * <p>Accepting side: peek at the first bytes (§2.2); if they are not {@code Hello }, call {@link
 * org.jbareos.net.tls.TlsPskServer#accept} with the peeked stream and a {@link org.jbareos.net.tls.PskKeyLookup}
 * over the configuration, then check that the hello names the resource of {@link
 * org.jbareos.net.tls.PskTransport#identity()} (PR #2721).
 *
 * <p>Both return a {@link org.jbareos.net.Transport} whose {@code protection()} reads like Bareos' job log ({@code
 * TLS_AES_128_GCM_SHA256 TLSv1.3}). Every handshake failure is a {@link org.jbareos.net.tls.TlsHandshakeException}
 * that names the peer and the reason; the handshake runs under a read timeout.
 */
package org.jbareos.net.tls;
