package org.jbareos.net.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosBase64;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.BashedSpaces;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;

/**
 * The response half of CRAM-MD5 ({@code CramMd5Handshake::CramMd5Response}, PROTOCOL.md §2.3):
 *
 * <pre>
 *   peer -&gt; us    auth cram-md5[c] &lt;R.T@PEER&gt;[ ssl=N]...\n
 *   us   -&gt; peer  &lt;22 base64 chars&gt;NUL      (non-standard base64 unless cram-md5c; 23 bytes)
 *   peer -&gt; us    1000 OK auth\n                 (exactly; anything else fails)
 * </pre>
 *
 * A malformed challenge is answered with {@code 1999 Authorization failed.\n}. A challenge that carries our own name
 * is a replay of our challenge and is refused, unless it contains {@code R_STORAGE} (an SD copying to itself).
 */
final class CramMd5Responder {
  private static final byte[] OK = CramMd5Challenger.OK.getBytes(StandardCharsets.US_ASCII);

  private final CramSettings settings;

  CramMd5Responder(CramSettings settings) {
    this.settings = settings;
  }

  /** Answers the peer's challenge; returns the peer's {@code ssl=} policy (or {@code unknown} if it sent none). */
  int respond(BareosConnection connection, CramKey key, String ownName, int unknownPolicy) throws IOException {
    Packet packet = connection.receive(settings.responseTimeout());
    if (!(packet instanceof Packet.Message message)) {
      settings.pauseAfterFailure();
      throw new AuthenticationException("CRAM-MD5 responder " + ownName + ": " + connection.describePeer()
          + " sent " + packet.describe() + " instead of a challenge");
    }
    CramChallenge challenge;
    String challengerName;
    try {
      challenge = CramChallenge.parse(message.text());
      challengerName = challenge.challengerName();
    } catch (ProtocolException malformed) {
      connection.send(CramMd5Challenger.FAILED);
      settings.pauseAfterFailure();
      throw new AuthenticationException("CRAM-MD5 responder " + ownName + ": " + malformed.getMessage() + " from "
          + connection.describePeer(), malformed);
    }
    if (challengerName.equals(BashedSpaces.bash(ownName)) && !challenge.token().contains("R_STORAGE")) {
      throw new AuthenticationException("CRAM-MD5 responder " + ownName + ": attack detected, "
          + connection.describePeer() + " sent a challenge with our own name " + ownName
          + " (I will not answer to my own challenge)");
    }
    byte[] hmac = key.hmac(challenge.token());
    byte[] response = (BareosBase64.encode(hmac, challenge.compatible()) + '\0').getBytes(StandardCharsets.US_ASCII);
    connection.send(response);
    Packet verdict = connection.receive(settings.responseTimeout());
    if (verdict instanceof Packet.Message m && Arrays.equals(m.payload(), OK)) {
      return challenge.tlsPolicy().orElse(unknownPolicy);
    }
    settings.pauseAfterFailure();
    String shown = verdict instanceof Packet.Message m ? "\"" + CramChallenge.printable(m.text()) + "\"" : verdict
        .describe();
    throw new AuthenticationException("CRAM-MD5 responder " + ownName + ": " + connection.describePeer()
        + " rejected our response with " + shown + " (the passwords differ)");
  }
}
