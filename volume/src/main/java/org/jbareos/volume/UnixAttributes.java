package org.jbareos.volume;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongFunction;
import org.jbareos.protocol.attributes.EncodedStat;

/**
 * The parts of an attribute record (stream 1, PROTOCOL.md §7.3) that {@code bls -v} shows: the name, the link target,
 * and the {@code ls}-like line of {@code lib/attr.cc:attr_stat_to_str} built from the encoded stat
 * ({@code lib/attribs.cc:EncodeStat}, Bareos base64 numbers of {@code lib/base64.cc:FromBase64}).
 *
 * <pre>
 * &lt;FileIndex&gt; &lt;FileType&gt; &lt;name&gt;NUL&lt;encoded stat&gt;NUL&lt;link&gt;NUL&lt;attribsEx&gt;NUL&lt;delta_seq&gt;NUL
 * encoded stat: st_dev st_ino st_mode st_nlink st_uid st_gid st_rdev st_size st_blksize st_blocks st_atime st_mtime
 *               st_ctime ...
 * </pre>
 *
 * @param fileIndex the FileIndex at the start of the record
 * @param fileType FT_* ({@code include/filetypes.h}), e.g. 3 FT_REG, 4 FT_LNK, 5 FT_DIREND
 * @param name the path (directories end with '/')
 * @param link the link target for links, else empty
 * @param stat the decoded stat numbers in EncodeStat order
 */
record UnixAttributes(int fileIndex, int fileType, String name, String link, long[] stat) {
  static final int FT_LNK = 4;
  private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final DateTimeFormatter LS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Parses an attribute record; throws IllegalArgumentException when it does not have the layout above. */
  static UnixAttributes parse(byte[] data) {
    String[] parts = new String(data, StandardCharsets.UTF_8).split("\0", -1);
    if (parts.length < 3) {
      throw new IllegalArgumentException("attribute record without name/stat/link fields");
    }
    String[] head = parts[0].split(" ", 3);
    if (head.length < 3) {
      throw new IllegalArgumentException("attribute record without FileIndex, type and name");
    }
    String[] fields = parts[1].isEmpty() ? new String[0] : parts[1].split(" ");
    long[] stat = new long[fields.length];
    for (int i = 0; i < fields.length; i++) {
      stat[i] = fromBase64(fields[i]);
    }
    return new UnixAttributes(Integer.parseInt(head[0]), Integer.parseInt(head[1]), head[2], parts[2], stat);
  }

  /** {@code FromBase64}: big-endian base-64 digits, optional leading '-'. */
  static long fromBase64(String s) {
    int i = 0;
    boolean neg = false;
    if (s.startsWith("-")) {
      neg = true;
      i = 1;
    }
    long v = 0;
    for (; i < s.length(); i++) {
      int d = DIGITS.indexOf(s.charAt(i));
      v = (v << 6) + Math.max(d, 0);
    }
    return neg ? -v : v;
  }

  private long stat(int i) {
    return i < stat.length ? stat[i] : 0;
  }

  /** The ls-like line: mode, links, owner, group, size, ctime (as {@code attr_stat_to_str}). */
  String lsLine(LongFunction<String> userName, LongFunction<String> groupName, ZoneId zone) {
    long mode = stat(2);
    String time = LS_TIME.format(Instant.ofEpochSecond(stat(12)).atZone(zone));
    return mode(mode) + String.format("  %2d ", stat(3))
        + String.format("%-8.8s %-8.8s", userName.apply(stat(4)), groupName.apply(stat(5)))
        + String.format("%12.12s ", Long.toString(stat(7))) + time;
  }

  /** The name as bls prints it, with {@code " -> target"} for symbolic links. */
  String displayName() {
    return fileType == FT_LNK ? name + " -> " + link : name;
  }

  /** {@code lib/util.cc:encode_mode}. */
  static String mode(long mode) {
    return new EncodedStat(0, 0, mode, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).modeText();
  }
}
