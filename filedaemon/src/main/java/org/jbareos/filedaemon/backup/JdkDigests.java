package org.jbareos.filedaemon.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jbareos.protocol.attributes.DigestAlgorithm;

/**
 * The JDK's {@link MessageDigest} for each file digest of a FileSet ({@code M}, {@code S}, {@code S2}, {@code S3}).
 * XXH128 ({@code S4}) has no JDK implementation and is not supported by this FD.
 */
public final class JdkDigests {

  private JdkDigests() {}

  /** True when the JDK computes this digest. */
  public static boolean supports(DigestAlgorithm algorithm) {
    return algorithm != DigestAlgorithm.XXH128;
  }

  /**
   * A new digest.
   *
   * @throws IllegalArgumentException for XXH128
   */
  public static MessageDigest create(DigestAlgorithm algorithm) {
    String name =
        switch (algorithm) {
          case MD5 -> "MD5";
          case SHA1 -> "SHA-1";
          case SHA256 -> "SHA-256";
          case SHA512 -> "SHA-512";
          case XXH128 -> throw new IllegalArgumentException("XXH128 digests are not supported by this File Daemon");
        };
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no " + name, e);
    }
  }
}
