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

  @Override
  public String toString() {
    return challengeForm();
  }
}
