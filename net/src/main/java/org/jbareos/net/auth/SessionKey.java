package org.jbareos.net.auth;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Job session keys ({@code lib/util.cc MakeSessionKey}, PROTOCOL.md §2.7): 16 random bytes, each written as two
 * letters {@code 'A'+(b&0xF)} then {@code 'A'+(b>>4)}, a {@code -} after every second byte, the last one dropped:
 * 8 groups of 4 letters A..P, 39 characters ({@code JMJH-ANIF-HAJM-FDCA-HFHN-BHNF-HLHD-AGLF}). The Director sends it
 * as {@code Authorization=}; FD&harr;SD and SD&harr;SD use it as CRAM-MD5 key and TLS-PSK secret.
 */
public final class SessionKey {
  /** Length of a session key. */
  public static final int LENGTH = 39;
  /** What the Director sends when there is no key; a PSK server refuses it. */
  public static final String DUMMY = "dummy";

  private final RandomGenerator random;

  /** A generator over a {@link SecureRandom}. */
  public SessionKey() {
    this(new SecureRandom());
  }

  /** A generator over any source (tests use a seeded one). */
  public SessionKey(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A new key. */
  public String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return format(bytes);
  }

  /** The key text of 16 given bytes. */
  public static String format(byte[] bytes) {
    if (bytes.length != 16) {
      throw new IllegalArgumentException("a session key is made of 16 bytes, got " + bytes.length);
    }
    StringBuilder key = new StringBuilder(LENGTH);
    for (int j = 0; j < 16; j++) {
      key.append((char) ('A' + (bytes[j] & 0x0F))).append((char) ('A' + ((bytes[j] & 0xF0) >> 4)));
      if ((j & 1) == 1 && j != 15) {
        key.append('-');
      }
    }
    return key.toString();
  }
}
