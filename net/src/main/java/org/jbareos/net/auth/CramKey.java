package org.jbareos.net.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-MD5 key of a CRAM-MD5 exchange (PROTOCOL.md §2.3): always an ASCII string, used as key bytes as it is.
 *
 * <ul>
 *   <li>{@link #fromPassword}: a configured cleartext password becomes the 32-char <em>lowercase</em> hex of its MD5
 *       ({@code StoreMd5Password}, {@code MakeCramMd5Key}).
 *   <li>{@link #fromMd5Literal}: a configured {@code [md5]<32 hex>} is used verbatim, case kept.
 *   <li>{@link #fromSessionKey}: FD&harr;SD and SD&harr;SD job connections use the session key sent as {@code
 *       Authorization=} (e.g. {@code NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA}), not hashed.
 * </ul>
 *
 * The same string is the TLS-PSK secret of the link (PROTOCOL.md §3.2), see {@link #secret()}.
 */
public final class CramKey {
  private static final String MD5_PREFIX = "[md5]";

  private final String secret;

  private CramKey(String secret) {
    this.secret = secret;
  }

  /** The key of a cleartext password: lowercase hex MD5. */
  public static CramKey fromPassword(String password) {
    Objects.requireNonNull(password, "password");
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
      return new CramKey(HexFormat.of().formatHex(md5));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide MD5", e);
    }
  }

  /**
   * The key of an {@code [md5]<hex>} password literal: the hex verbatim.
   *
   * @throws IllegalArgumentException if the text does not start with {@code [md5]}
   */
  public static CramKey fromMd5Literal(String literal) {
    if (!literal.startsWith(MD5_PREFIX)) {
      throw new IllegalArgumentException("an MD5 password literal starts with [md5]");
    }
    return new CramKey(literal.substring(MD5_PREFIX.length()));
  }

  /** A configured password: an {@code [md5]} literal verbatim, else the MD5 of the cleartext. */
  public static CramKey fromConfiguredPassword(String configured) {
    return configured.startsWith(MD5_PREFIX) ? fromMd5Literal(configured) : fromPassword(configured);
  }

  /** A job session key ({@code Authorization=...}), used as it is. */
  public static CramKey fromSessionKey(String sessionKey) {
    if (sessionKey.isEmpty()) {
      throw new IllegalArgumentException("a session key is not empty");
    }
    return new CramKey(sessionKey);
  }

  /** The key string itself (the HMAC key, and the TLS-PSK secret as ASCII bytes). Handle with care. */
  public String secret() {
    return secret;
  }

  /** HMAC-MD5 of {@code challengeToken} (the {@code <r.t@name>} including the angle brackets). */
  public byte[] hmac(String challengeToken) {
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
      return mac.doFinal(challengeToken.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK must provide HmacMD5", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CramKey k && MessageDigest.isEqual(
        secret.getBytes(StandardCharsets.UTF_8), k.secret.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return secret.hashCode();
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "CramKey[" + secret.length() + " chars]";
  }
}
