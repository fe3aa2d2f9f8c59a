package org.jbareos.net;

import java.nio.charset.StandardCharsets;

/**
 * Bareos base64 (PROTOCOL.md §2.4, {@code lib/base64.cc}): alphabet {@code A-Z a-z 0-9 + /}, never any {@code =}
 * padding.
 *
 * <p>Binary form, as {@code BinToBase64} builds it: a 32-bit register takes 8 input bits whenever fewer than 6 are
 * left, and one digit is taken from its top 6 bits per step:
 *
 * <pre>
 *   reg = (reg &lt;&lt; 8) | byte          when rem &lt; 6   (rem += 8)
 *   digit = DIGIT[(reg &gt;&gt;&gt; (rem-6)) &amp; 0x3F]              (rem -= 6)
 *   tail (rem &gt; 0):  standard      DIGIT[(reg &amp; mask) &lt;&lt; (6-rem)]
 *                    non-standard  DIGIT[reg &amp; mask]     (low bits not shifted up)
 * </pre>
 *
 * In non-standard ("Bareos/Bacula") mode the byte is ORed in sign-extended ({@code (int8_t)b}), which corrupts bits
 * left over from the previous byte for bytes &ge; 0x80. This is what the C daemons put in a CRAM-MD5 response, so it
 * is reproduced exactly. A 16-byte HMAC always gives 22 digits.
 *
 * <p>Integer form ({@code ToBase64}/{@code FromBase64}, the stat fields of PROTOCOL.md §7.3): optional {@code -},
 * then the digits most significant first, minimal length: 0 &rarr; {@code A}, 27 &rarr; {@code b}, 4096 &rarr;
 * {@code BAA}, 33204 &rarr; {@code IG0}.
 */
public final class BareosBase64 {
  private static final byte[] DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
  private static final int[] VALUES = new int[256];

  static {
    for (int i = 0; i < DIGITS.length; i++) {
      VALUES[DIGITS[i]] = i;
    }
  }

  private BareosBase64() {}

  /**
   * Encodes binary data.
   *
   * @param standard {@code true} for RFC 4648 digits without padding ({@code cram-md5c}); {@code false} for the
   *     Bareos non-standard form with the sign-extension quirk
   */
  public static String encode(byte[] bin, boolean standard) {
    byte[] out = new byte[(bin.length * 8 + 5) / 6];
    int reg = 0;
    int rem = 0;
    int j = 0;
    for (int i = 0; i < bin.length; ) {
      if (rem < 6) {
        reg <<= 8;
        reg |= standard ? (bin[i++] & 0xFF) : bin[i++];
        rem += 8;
      }
      out[j++] = DIGITS[(reg >>> (rem - 6)) & 0x3F];
      rem -= 6;
    }
    if (rem > 0) {
      int mask = (1 << rem) - 1;
      out[j++] = DIGITS[standard ? (reg & mask) << (6 - rem) : reg & mask];
    }
    return new String(out, 0, j, StandardCharsets.US_ASCII);
  }

  /**
   * Decodes as {@code Base64ToBin} does: standard bit order, stops at the first space, no padding needed. Like the C
   * code it does not validate: a character outside the alphabet counts as digit value 0.
   */
  public static byte[] decode(String text) {
    int length = text.indexOf(' ');
    if (length < 0) {
      length = text.length();
    }
    byte[] out = new byte[length / 4 * 3 + Math.max(0, length % 4 - 1)];
    int o = 0;
    int i = 0;
    int remaining = length;
    while (remaining > 4) {
      o = decodeGroup(text, i, 4, out, o);
      i += 4;
      remaining -= 4;
    }
    decodeGroup(text, i, remaining, out, o);
    return out;
  }

  private static int decodeGroup(String text, int at, int digits, byte[] out, int o) {
    int a = digits > 0 ? value(text.charAt(at)) : 0;
    int b = digits > 1 ? value(text.charAt(at + 1)) : 0;
    int c = digits > 2 ? value(text.charAt(at + 2)) : 0;
    int d = digits > 3 ? value(text.charAt(at + 3)) : 0;
    if (digits > 1) {
      out[o++] = (byte) (a << 2 | b >> 4);
    }
    if (digits > 2) {
      out[o++] = (byte) (b << 4 | c >> 2);
    }
    if (digits > 3) {
      out[o++] = (byte) (c << 6 | d);
    }
    return o;
  }

  private static int value(char c) {
    return c < 256 ? VALUES[c] : 0;
  }

  /** {@code ToBase64}: the integer form, e.g. 4096 &rarr; {@code BAA}, -1 &rarr; {@code -B}. */
  public static String encodeInt(long value) {
    StringBuilder out = new StringBuilder(12);
    long magnitude = value;
    if (value < 0) {
      out.append('-');
      magnitude = -value;
    }
    int digits = 0;
    long probe = magnitude;
    do {
      probe >>>= 6;
      digits++;
    } while (probe != 0);
    for (int shift = (digits - 1) * 6; shift >= 0; shift -= 6) {
      out.append((char) DIGITS[(int) ((magnitude >>> shift) & 0x3F)]);
    }
    return out.toString();
  }

  /**
   * {@code FromBase64}: reads an optional {@code -} and digits up to the end, a NUL or a space. Like the C code it
   * does not validate the digits, and an overlong value wraps around as a 64-bit integer does.
   */
  public static long decodeInt(String text) {
    return decodeInt(text, 0);
  }

  /**
   * {@link #decodeInt(String)} of the field that starts at {@code from} and ends at a space, a NUL or the end: one
   * field of an encoded stat read in place.
   */
  public static long decodeInt(String text, int from) {
    int i = from;
    boolean negative = false;
    if (i < text.length() && text.charAt(i) == '-') {
      negative = true;
      i++;
    }
    long value = 0;
    while (i < text.length() && text.charAt(i) != '\0' && text.charAt(i) != ' ') {
      value = (value << 6) + value(text.charAt(i++));
    }
    return negative ? -value : value;
  }
}
