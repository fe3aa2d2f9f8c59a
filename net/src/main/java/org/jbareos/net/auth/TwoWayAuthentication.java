package org.jbareos.net.auth;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.QualifiedName;

/**
 * CRAM-MD5 in both directions ({@code TwoWayAuthenticate}, PROTOCOL.md §2.3). The side that accepted the TCP
 * connection challenges first, the connecting side answers first:
 *
 * <pre>
 *   accepting side ({@link #accept})          connecting side ({@link #connect})
 *   1. challenge  ------------------------&gt;   response
 *   2. verdict    ------------------------&gt;   (must be exactly 1000 OK auth\n)
 *   3. response   &lt;------------------------   challenge
 *   4.            &lt;------------------------   verdict
 * </pre>
 *
 * Both return the peer's TLS policy from its {@code ssl=} (PROTOCOL.md §2.5), for the TLS decision that follows.
 * On any failure the side sends one more {@code 1999 Authorization failed.\n}, waits the failure delay (Bareos: 5 s)
 * and throws {@link AuthenticationException} naming itself and the peer. Network errors during the exchange are
 * reported the same way, with the cause attached.
 */
public final class TwoWayAuthentication {
  /** {@code kBnetTlsNone}: TLS not configured. */
  public static final int TLS_NONE = 0;
  /** {@code kBnetTlsEnabled}: TLS allowed, not required. */
  public static final int TLS_ENABLED = 1;
  /** {@code kBnetTlsRequired}. */
  public static final int TLS_REQUIRED = 2;
  /** {@code kBnetTlsAuto}: immediate TLS(-PSK) handshake. */
  public static final int TLS_AUTO = 4;
  /** {@code kBnetTlsUnknown}: what a peer's policy is when its challenge carried no {@code ssl=}. */
  public static final int TLS_UNKNOWN = 0xFE;

  private final String ownName;
  private final CramKey key;
  private final int ownTlsPolicy;
  private final CramSettings settings;
  private final CramMd5Challenger challenger;
  private final CramMd5Responder responder;

  /**
   * @param ownName the name we put in our challenge, unbashed: a daemon's {@link QualifiedName#challengeForm()}
   *     ({@code R_DIRECTOR::bareos-dir}); a python-style console uses its bare name
   * @param key the shared key
   * @param ownTlsPolicy our {@code ssl=} value for this peer
   * @param settings delays and options
   */
  public TwoWayAuthentication(String ownName, CramKey key, int ownTlsPolicy, CramSettings settings) {
    this(ownName, key, ownTlsPolicy, settings, new SecureRandom(), Clock.systemUTC());
  }

  TwoWayAuthentication(String ownName, CramKey key, int ownTlsPolicy, CramSettings settings,
      RandomGenerator random, Clock clock) {
    this.ownName = Objects.requireNonNull(ownName, "ownName");
    this.key = Objects.requireNonNull(key, "key");
    this.ownTlsPolicy = ownTlsPolicy;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.challenger = new CramMd5Challenger(settings, random, clock);
    this.responder = new CramMd5Responder(settings);
  }

  /** For a daemon resource: the challenge carries {@code R_<TYPE>::<name>}. */
  public static TwoWayAuthentication forResource(QualifiedName own, CramKey key, int ownTlsPolicy,
      CramSettings settings) {
    return new TwoWayAuthentication(own.challengeForm(), key, ownTlsPolicy, settings);
  }

  /** The accepting side: challenge, then respond. Returns the peer's TLS policy. */
  public int accept(BareosConnection connection) throws IOException {
    try {
      challenger.challenge(connection, key, ownName, ownTlsPolicy);
      return responder.respond(connection, key, ownName, TLS_UNKNOWN);
    } catch (IOException e) {
      throw failed(connection, e);
    }
  }

  /** The connecting side: respond, then challenge. Returns the peer's TLS policy. */
  public int connect(BareosConnection connection) throws IOException {
    try {
      int peerPolicy = responder.respond(connection, key, ownName, TLS_UNKNOWN);
      challenger.challenge(connection, key, ownName, ownTlsPolicy);
      return peerPolicy;
    } catch (IOException e) {
      throw failed(connection, e);
    }
  }

  private AuthenticationException failed(BareosConnection connection, IOException cause) {
    AuthenticationException failure = cause instanceof AuthenticationException auth ? auth
        : new AuthenticationException("CRAM-MD5 as " + ownName + " with " + connection.describePeer()
            + ": network error: " + cause.getMessage(), cause);
    if (!connection.isClosed()) {
      try {
        connection.send(CramMd5Challenger.FAILED);
      } catch (IOException notDelivered) {
        failure.addSuppressed(notDelivered);
      }
    }
    settings.pauseAfterFailure();
    return failure;
  }
}
