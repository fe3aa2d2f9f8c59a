package org.jbareos.net;

import java.util.Objects;

/**
 * A resource's qualified name ({@code global_resource::QualifiedName}): its type and its configured name.
 *
 * <ul>
 *   <li>{@link #challengeForm()}: {@code R_DIRECTOR::bareos-dir}, what a daemon puts (spaces bashed) after the
 *       {@code @} of its CRAM-MD5 challenge (PROTOCOL.md §2.3).
 *   <li>{@link #pskIdentity()}: {@code R_DIRECTOR<RS 0x1E>bareos-dir}, the TLS-PSK identity (PROTOCOL.md §3.2).
 * </ul>
 */
public record QualifiedName(ResourceType type, String name) {
  /** ASCII record separator between type and name in a PSK identity. */
  public static final char RECORD_SEPARATOR = '\u001e';

  public QualifiedName {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }

  /** {@code R_<TYPE>::<name>}, with spaces kept (bash it with {@link BashedSpaces} for the wire). */
  public String challengeForm() {
    return type.code() + "::" + name;
  }

  /** {@code R_<TYPE><RS><name>}. */
  public String pskIdentity() {
    return type.code() + RECORD_SEPARATOR + name;
  }

  /**
   * Parses a PSK identity at its first record separator, as the server's secret lookup does.
   *
   * @throws ProtocolException if there is no separator or the type is not a link type
   */
  public static QualifiedName parsePskIdentity(String identity) throws ProtocolException {
    int rs = identity.indexOf(RECORD_SEPARATOR);
    if (rs < 0) {
      throw new ProtocolException("PSK identity without record separator: " + printable(identity));
    }
    String code = identity.substring(0, rs);
    ResourceType type = ResourceType.ofCode(code)
        .orElseThrow(() -> new ProtocolException("PSK identity of unknown resource type: " + printable(code)));
    return new QualifiedName(type, identity.substring(rs + 1));
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().limit(80).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format("\\x%02x", c & 0xFF)));
    return out.toString();
  }

  @Override
  public String toString() {
    return challengeForm();
  }
}
