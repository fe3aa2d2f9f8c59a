package org.jbareos.filedaemon.backup;

import java.security.MessageDigest;
import java.util.zip.CRC32C;

/**
 * The digest of the data a file sends, updated with each chunk as it is sent ({@link FileDataReader}). Either the
 * sender computes it ({@link #of}), or {@link DigestAhead} computed it already ({@link #checkedAgainst}): then the
 * sender only compares each chunk's length and CRC32C with the worker's and takes over the digest at the first chunk
 * that differs or that the worker has not read yet, so the digest is always that of the bytes sent.
 */
final class FileDigest {

  private final AheadDigest ahead;
  private final CRC32C crc;
  private MessageDigest own;
  private int chunks;

  private FileDigest(MessageDigest own, AheadDigest ahead) {
    this.own = own;
    this.ahead = ahead;
    this.crc = ahead == null ? null : new CRC32C();
  }

  /** A digest the sender computes itself. */
  static FileDigest of(MessageDigest digest) {
    return new FileDigest(digest, null);
  }

  /** A digest computed ahead, checked chunk by chunk. */
  static FileDigest checkedAgainst(AheadDigest ahead) {
    return new FileDigest(null, ahead);
  }

  /** Adds one chunk of the data sent (the chunks as {@link FileDataReader} reads them, in order). */
  void update(byte[] chunk, int offset, int length) {
    if (own == null) {
      crc.reset();
      crc.update(chunk, offset, length);
      if (ahead.matches(chunks, (int) crc.getValue(), length)) {
        chunks++;
        return;
      }
      own = ahead.claim(chunks);
    }
    own.update(chunk, offset, length);
    chunks++;
  }

  /** The digest of all chunks added. */
  byte[] digest() {
    if (own == null) {
      own = ahead.claim(chunks);
    }
    return own.digest();
  }
}
