package org.jbareos.net.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.net.BashedSpaces;
import org.jbareos.net.ProtocolException;

/**
 * The challenge line of CRAM-MD5 (PROTOCOL.md §2.3, {@code lib/cram_md5.cc}):
 *
 * <pre>
 *   auth cram-md5[c] &lt;R.T@NAME&gt;[ ssl=N][ qualified-name=QNAME]\n
 *     c      : the challenger wants standard base64 ("compatible")
 *     R, T   : random uint32 and unix seconds (python-bareos sends a longer random part)
 *     NAME   : the challenger's own qualified name, spaces bashed (R_DIRECTOR::bareos-dir)
 *     N      : the challenger's TLS policy for this peer (PROTOCOL.md §2.5)
 *     QNAME  : only when the network dump is on, unbashed
 * </pre>
 *
 * @param token the {@code <R.T@NAME>} word, angle brackets included: the HMAC input
 * @param tlsPolicy the {@code ssl=} value, absent in the oldest form ({@code auth cram-md5 <...>\n})
 * @param compatible true for {@code cram-md5c}
 * @param qualifiedName the {@code qualified-name=} value, if sent
 */
public record CramChallenge(String token, OptionalInt tlsPolicy, boolean compatible,
    Optional<String> qualifiedName) {

  private static final Pattern LINE = Pattern.compile(
      "auth cram-md5(c?) (\\S+)(?: ssl=(-?\\d{1,10})(?: qualified-name=([^\\n]*)|(?: [^\\n]*))?)?\\n?");
  private static final Pattern TOKEN = Pattern.compile("<(\\d*)\\.(\\d*)@(\\S*)>");

  public CramChallenge {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(tlsPolicy, "tlsPolicy");
    Objects.requireNonNull(qualifiedName, "qualifiedName");
  }

  /** A new challenge token {@code <random.seconds@bashed own name>}. */
  public static String token(long random, long unixSeconds, String ownName) {
    return "<" + Integer.toUnsignedString((int) random) + "." + unixSeconds + "@" + BashedSpaces.bash(ownName) + ">";
  }

  /** The exact line, {@code \n} included. */
  public String toWire() {
    StringBuilder line = new StringBuilder("auth cram-md5").append(compatible ? "c " : " ").append(token);
    tlsPolicy.ifPresent(policy -> line.append(" ssl=").append(policy));
    qualifiedName.ifPresent(name -> line.append(" qualified-name=").append(name));
    return line.append('\n').toString();
  }

  /**
   * Parses the three forms the responder accepts ({@code cram-md5c ... ssl=}, {@code cram-md5 ... ssl=}, {@code
   * cram-md5 <...>}); words after {@code ssl=N} other than {@code qualified-name=} are ignored, as {@code bsscanf}
   * ignores them. Anything after a NUL is ignored (C string).
   *
   * @throws ProtocolException if the line has none of these forms
   */
  public static CramChallenge parse(String text) throws ProtocolException {
    int nul = text.indexOf('\0');
    String line = nul >= 0 ? text.substring(0, nul) : text;
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw new ProtocolException("Malformed CRAM-MD5 challenge: \"" + printable(line) + "\"");
    }
    OptionalInt policy = OptionalInt.empty();
    if (m.group(3) != null) {
      long value = Long.parseLong(m.group(3));
      if (value < Integer.MIN_VALUE || value > 0xFFFF_FFFFL) {
        throw new ProtocolException("CRAM-MD5 challenge with an out-of-range ssl=: \"" + printable(line) + "\"");
      }
      policy = OptionalInt.of((int) value);
    }
    return new CramChallenge(m.group(2), policy, !m.group(1).isEmpty(), Optional.ofNullable(m.group(4)));
  }

  /**
   * The name inside the token ({@code bsscanf("<%u.%u@%s")} minus the closing {@code >}), still bashed.
   *
   * @throws ProtocolException if the token is not {@code <digits.digits@name>} (FORMAT_MISMATCH in Bareos)
   */
  public String challengerName() throws ProtocolException {
    Matcher m = TOKEN.matcher(token);
    if (!m.matches()) {
      throw new ProtocolException("CRAM-MD5 challenge token is not <N.N@name>: \"" + printable(token) + "\"");
    }
    return m.group(3);
  }

  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(160).forEach(c -> out.append(c >= 0x20 && c != 0x7f ? Character.toString(c)
        : String.format("\\x%02x", c)));
    return out.toString();
  }
}
