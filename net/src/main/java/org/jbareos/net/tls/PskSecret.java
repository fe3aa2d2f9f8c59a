package org.jbareos.net.tls;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jbareos.net.auth.CramKey;
import java.util.regex.Pattern;

/**
 * The pre-shared key of a TLS-PSK link: the ASCII text of the secret, never binary and without NUL (PROTOCOL.md
 * §3.2; {@code psk_client_cb} copies the string and returns its length).
 *
 * <p>For resources it is the 32 lowercase hex characters of the MD5 of the password, or the text after {@code [md5]}
 * exactly as written in the config ({@code lib/res.cc:StoreMd5Password} stores it verbatim). For job connections it
 * is the 39-character session key the Director hands out as {@code Authorization=}.
 *
 * @param ascii the key text
 */
public record PskSecret(String ascii) {

  /** {@code lib/res.cc:StoreMd5Password}: an {@code [md5]} literal is 32 hex digits, either case. */
  private static final Pattern MD5_HEX = Pattern.compile("[0-9A-Fa-f]{32}");

  /**
   * {@code lib/util.cc:MakeSessionKey}: 16 random bytes, each as two letters {@code 'A'+nibble}, a dash after every
   * second byte, the last dash dropped: 8 groups of 4 letters A..P, 39 characters.
   */
  private static final Pattern SESSION_KEY = Pattern.compile("[A-P]{4}(-[A-P]{4}){7}");

  private static final String MD5_PREFIX = "[md5]";

  /** Checks that the key is non-empty printable ASCII, as the OpenSSL callbacks copy it as a C string. */
  public PskSecret {
    Objects.requireNonNull(ascii, "ascii");
    if (ascii.isEmpty() || !ascii.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("a PSK must be non-empty printable ASCII without spaces");
    }
  }

  /** The key for a resource configured with a plain {@code Password = "..."}: lowercase hex MD5 of its UTF-8 bytes. */
  public static PskSecret fromPassword(String password) {
    return new PskSecret(CramKey.fromPassword(password).secret());
  }

  /** The key for {@code Password = "[md5]<32 hex>"}: the hex text as written, not re-hashed. */
  public static PskSecret fromMd5Literal(String literal) {
    Objects.requireNonNull(literal, "literal");
    if (!literal.startsWith(MD5_PREFIX) || !MD5_HEX.matcher(literal.substring(MD5_PREFIX.length())).matches()) {
      throw new IllegalArgumentException("not an [md5] password literal with 32 hex digits");
    }
    return new PskSecret(literal.substring(MD5_PREFIX.length()));
  }

  /** The key of a job connection: the session key ({@code Authorization=}) as received, used as is. */
  public static PskSecret fromSessionKey(String sessionKey) {
    Objects.requireNonNull(sessionKey, "sessionKey");
    if (!SESSION_KEY.matcher(sessionKey).matches()) {
      throw new IllegalArgumentException("not a Bareos session key (8 groups of 4 letters A-P joined by '-')");
    }
    return new PskSecret(sessionKey);
  }

  /** The PSK bytes given to TLS. */
  public byte[] toBytes() {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "PskSecret[" + ascii.length() + " chars]";
  }
}
