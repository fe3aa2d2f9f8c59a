package org.jbareos.net.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosBase64;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;

/**
 * The challenge half of CRAM-MD5 ({@code CramMd5Handshake::CramMd5Challenge}, PROTOCOL.md §2.3):
 *
 * <pre>
 *   us   -&gt; peer  auth cram-md5 &lt;R.T@OWN&gt; ssl=N\n
 *   peer -&gt; us    &lt;22 base64 chars&gt;[NUL]
 *   us   -&gt; peer  1000 OK auth\n   |   1999 Authorization failed.\n  (then the failure delay)
 * </pre>
 *
 * The response is accepted in both encodings (Bareos non-standard and standard), trailing NULs stripped (C daemons
 * send one, python-bareos does not).
 */
final class CramMd5Challenger {
  static final String OK = "1000 OK auth\n";
  static final String FAILED = "1999 Authorization failed.\n";

  private final CramSettings settings;
  private final RandomGenerator random;
  private final Clock clock;

  CramMd5Challenger(CramSettings settings, RandomGenerator random, Clock clock) {
    this.settings = settings;
    this.random = random;
    this.clock = clock;
  }

  /** Runs the challenge; returns normally only if the peer proved it knows {@code key}. */
  void challenge(BareosConnection connection, CramKey key, String ownName, int ownTlsPolicy)
      throws IOException {
    String token = CramChallenge.token(random.nextInt(), clock.instant().getEpochSecond(), ownName);
    Optional<String> qualifiedName = settings.sendQualifiedName() ? Optional.of(ownName) : Optional.empty();
    connection.send(new CramChallenge(token, OptionalInt.of(ownTlsPolicy), false, qualifiedName).toWire());
    Packet reply = connection.receive(settings.responseTimeout());
    if (!(reply instanceof Packet.Message message)) {
      settings.pauseAfterFailure();
      throw new AuthenticationException("CRAM-MD5 challenger " + ownName + ": " + connection.describePeer()
          + " answered the challenge with " + reply.describe() + " instead of a response");
    }
    if (accepts(key, token, message.payload())) {
      connection.send(OK);
      return;
    }
    connection.send(FAILED);
    settings.pauseAfterFailure();
    throw new AuthenticationException("CRAM-MD5 challenger " + ownName + ": " + connection.describePeer()
        + " gave a wrong response (the passwords differ)");
  }

  /**
   * Whether {@code response} proves knowledge of {@code key} for {@code token}: the HMAC in Bareos non-standard or
   * in standard base64, trailing NULs ignored.
   */
  static boolean accepts(CramKey key, String token, byte[] response) {
    String text = stripTrailingNuls(response);
    byte[] hmac = key.hmac(token);
    return text.equals(BareosBase64.encode(hmac, false)) || text.equals(BareosBase64.encode(hmac, true));
  }

  private static String stripTrailingNuls(byte[] payload) {
    int end = payload.length;
    while (end > 0 && payload[end - 1] == 0) {
      end--;
    }
    return new String(payload, 0, end, StandardCharsets.UTF_8);
  }
}
