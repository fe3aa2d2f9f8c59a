package org.jbareos.config.value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A password as written in the configuration: plain text, or {@code [md5]<32 hex digits>}, the
 * form Bareos writes when it stores only the digest ({@code res.cc:StoreMd5Password}).
 *
 * <p>The CRAM-MD5 and TLS-PSK key on the wire is the lowercase hex MD5 of the plain text, not hashed
 * again (conformance README, "Passwords"); {@link #md5Hex()} gives it for both forms.
 *
 * @param value the plain text, or the 32 hex digits of an {@code [md5]} literal
 * @param md5Literal whether {@code value} is already the digest
 */
public record Password(String value, boolean md5Literal) {

  private static final Pattern MD5_LITERAL = Pattern.compile("\\[md5\\]([0-9a-fA-F]{32})");

  /** Reads a password as written. */
  public static Password parse(String written) {
    var m = MD5_LITERAL.matcher(written);
    if (m.matches()) {
      return new Password(m.group(1), true);
    }
    return new Password(written, false);
  }

  /** The key the wire layer uses: MD5 of the plain text in lowercase hex, or the literal's hex. */
  public String md5Hex() {
    if (md5Literal) {
      return value.toLowerCase(Locale.ROOT);
    }
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  /** The plain text, when the configuration holds it (needed for NDMP and catalog passwords). */
  public java.util.Optional<String> plainText() {
    return md5Literal ? java.util.Optional.empty() : java.util.Optional.of(value);
  }

  /** Never the secret itself: configurations get printed in logs. */
  @Override
  public String toString() {
    return md5Literal ? "[md5]****" : "****";
  }
}
