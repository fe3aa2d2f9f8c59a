package org.jbareos.protocol.attributes;

import org.jbareos.net.BareosBase64;
import org.jbareos.net.ProtocolException;

/**
 * A file's {@code stat} as the FD encodes it into the attribute record ({@code lib/attribs.cc EncodeStat/DecodeStat},
 * PROTOCOL.md §7.3): 16 integers in the Bareos base64 integer form ({@code ToBase64}), separated by single spaces:
 *
 * <pre>
 * st_dev st_ino st_mode st_nlink st_uid st_gid st_rdev st_size st_blksize st_blocks st_atime st_mtime st_ctime
 * LinkFI st_flags data_stream
 * </pre>
 *
 * Decoding accepts the legacy shorter forms: 13 fields, then optionally LinkFI, flags and data stream (missing ones
 * are 0). Encoding always writes all 16.
 *
 * @param linkFi the FileIndex of the file that holds the data of a hard link (0 otherwise)
 * @param flags BSD {@code st_flags} (0 on Linux)
 * @param dataStream the stream the file's data was saved with (2 plain, 29 compressed, ...)
 */
public record EncodedStat(
    long dev,
    long ino,
    long mode,
    long nlink,
    long uid,
    long gid,
    long rdev,
    long size,
    long blksize,
    long blocks,
    long atime,
    long mtime,
    long ctime,
    int linkFi,
    long flags,
    int dataStream) {

  private static final int REQUIRED = 13;
  private static final int ALL = 16;

  /** The encoded text, as it stands between the NULs of the attribute record. */
  public String encode() {
    long[] values = {
      dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks, atime, mtime, ctime, linkFi, flags, dataStream
    };
    StringBuilder out = new StringBuilder(96);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(BareosBase64.encodeInt(values[i]));
    }
    return out.toString();
  }

  /**
   * The mode as {@code ls -l} shows it ({@code lib/util.cc encode_mode}, as bls and the restore tree's {@code dir}
   * print it): {@code drwxr-xr-x}, {@code f} for a FIFO, s, S, t and T for the special bits.
   */
  public String modeText() {
    char type = switch ((int) (mode & 0170000)) {
      case 0040000 -> 'd';
      case 0060000 -> 'b';
      case 0020000 -> 'c';
      case 0120000 -> 'l';
      case 0010000 -> 'f';
      case 0140000 -> 's';
      default -> '-';
    };
    return "" + type
        + ((mode & 0400) != 0 ? 'r' : '-') + ((mode & 0200) != 0 ? 'w' : '-')
        + ((mode & 04000) != 0 ? ((mode & 0100) != 0 ? 's' : 'S') : ((mode & 0100) != 0 ? 'x' : '-'))
        + ((mode & 040) != 0 ? 'r' : '-') + ((mode & 020) != 0 ? 'w' : '-')
        + ((mode & 02000) != 0 ? ((mode & 010) != 0 ? 's' : 'S') : ((mode & 010) != 0 ? 'x' : '-'))
        + ((mode & 04) != 0 ? 'r' : '-') + ((mode & 02) != 0 ? 'w' : '-')
        + ((mode & 01000) != 0 ? ((mode & 01) != 0 ? 't' : 'T') : ((mode & 01) != 0 ? 'x' : '-'));
  }

  /** Decodes the encoded text. */
  public static EncodedStat decode(String encoded) throws ProtocolException {
    String[] words = encoded.isEmpty() ? new String[0] : encoded.split(" ", -1);
    if (words.length < REQUIRED || words.length > ALL) {
      throw new ProtocolException(
          "encoded stat: expected 13 to 16 base64 fields, got " + words.length + " in \"" + encoded + "\"");
    }
    long[] values = new long[ALL];
    for (int i = 0; i < words.length; i++) {
      values[i] = field(words[i], i, encoded);
    }
    return new EncodedStat(
        values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8],
        values[9], values[10], values[11], values[12], (int) values[13], values[14], (int) values[15]);
  }

  private static long field(String word, int index, String encoded) throws ProtocolException {
    int start = word.startsWith("-") ? 1 : 0;
    if (word.length() == start) {
      throw new ProtocolException("encoded stat: field " + (index + 1) + " is empty in \"" + encoded + "\"");
    }
    for (int i = start; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean digit =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
      if (!digit) {
        throw new ProtocolException(
            "encoded stat: field " + (index + 1) + " \"" + word + "\" is not a base64 number");
      }
    }
    return BareosBase64.decodeInt(word);
  }
}
