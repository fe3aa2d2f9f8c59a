package org.jbareos.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * The resource types that appear on links (PROTOCOL.md §3.2), by their Bareos codes. They prefix the qualified name
 * in a CRAM-MD5 challenge ({@code R_DIRECTOR::bareos-dir}, §2.3) and in a TLS-PSK identity ({@code
 * R_DIRECTOR<RS>bareos-dir}, §3.2), and a server derives one from the hello prefix (§2.2).
 */
public enum ResourceType {
  DIRECTOR("R_DIRECTOR"),
  CLIENT("R_CLIENT"),
  STORAGE("R_STORAGE"),
  CONSOLE("R_CONSOLE"),
  JOB("R_JOB");

  private final String code;

  ResourceType(String code) {
    this.code = code;
  }

  /** The Bareos code, e.g. {@code R_DIRECTOR}. */
  public String code() {
    return code;
  }

  /** The type with this Bareos code, if it is one of the link types. */
  public static Optional<ResourceType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
