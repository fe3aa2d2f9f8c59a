package org.jbareos.filedaemon.backup;

import java.security.MessageDigest;

/** Copies of a digest's running state. */
final class Digests {

  private Digests() {}

  /** True when the digest's state can be copied ({@link MessageDigest#clone}): the JDK's digests can. */
  static boolean copyable(MessageDigest digest) {
    return digest instanceof Cloneable;
  }

  static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(digest.getAlgorithm() + " cannot be copied", e);
    }
  }
}
