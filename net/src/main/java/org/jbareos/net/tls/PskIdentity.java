package org.jbareos.net.tls;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import java.util.Set;

/**
 * The TLS-PSK identity of a Bareos connection: {@code <R_TYPE><RS 0x1E><resource name>}, e.g. {@code
 * R_DIRECTOR\x1Ebareos-dir} (PROTOCOL.md §3.2, {@code lib/global_resource.h:QualifiedName}).
 *
 * <p>The connecting side sends the identity of its own resource (the Director, the Client in client-initiated mode,
 * the console) or of the job ({@code R_JOB}); the server looks the secret up by type and name, and later checks that
 * the hello names the same resource (PR #2721).
 *
 * @param resourceType one of the Bareos resource type names, e.g. {@link #DIRECTOR}
 * @param name the resource name (no 0x1E)
 */
public record PskIdentity(String resourceType, String name) {

  /** Type name of a Director resource. */
  public static final String DIRECTOR = "R_DIRECTOR";
  /** Type name of a Client (File Daemon) resource. */
  public static final String CLIENT = "R_CLIENT";
  /** Type name of a Storage resource. */
  public static final String STORAGE = "R_STORAGE";
  /** Type name of a Console resource. */
  public static final String CONSOLE = "R_CONSOLE";
  /** Type name used for job connections (FD→SD, SD→SD, SD→FD passive) with the session key as PSK. */
  public static final String JOB = "R_JOB";

  /** The record separator between type and name. */
  public static final char RECORD_SEPARATOR = 0x1E;

  /** All type names Bareos knows ({@code lib/global_resource.h:type_names}); others are unknown there. */
  private static final Set<String> KNOWN_TYPES = Set.of(
      "R_AUTOCHANGER", "R_CATALOG", CLIENT, "R_CONSOLE_FONT", CONSOLE, "R_COUNTER", "R_DEVICE", DIRECTOR,
      "R_FILESET", "R_JOBDEFS", JOB, "R_MSGS", "R_MONITOR", "R_NDMP", "R_POOL", "R_PROFILE", "R_SCHEDULE",
      STORAGE, "R_USER");

  /** Checks the parts so that {@link #toBytes()} and {@link #parse(byte[])} round-trip. */
  public PskIdentity {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(name, "name");
    if (!KNOWN_TYPES.contains(resourceType)) {
      throw new IllegalArgumentException("not a Bareos resource type: " + resourceType);
    }
    if (name.isEmpty() || name.indexOf(RECORD_SEPARATOR) >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("resource name must be non-empty without 0x1E or NUL: " + readable(name));
    }
  }

  /** A Director identity, as sent by a Director to an FD or SD. */
  public static PskIdentity director(String name) {
    return new PskIdentity(DIRECTOR, name);
  }

  /** A Client identity, as sent by a File Daemon that connects to its Director (client initiated). */
  public static PskIdentity client(String name) {
    return new PskIdentity(CLIENT, name);
  }

  /** A Console identity, as sent by a console ({@code *UserAgent*} for the default console). */
  public static PskIdentity console(String name) {
    return new PskIdentity(CONSOLE, name);
  }

  /** A job identity, keyed by the job's unique name; its secret is the job's session key. */
  public static PskIdentity job(String uniqueJobName) {
    return new PskIdentity(JOB, uniqueJobName);
  }

  /** The identity of a link resource: {@code R_DIRECTOR<RS>bareos-dir}, {@code R_JOB<RS><job>}. */
  public static PskIdentity of(QualifiedName resource) {
    return new PskIdentity(resource.type().code(), resource.name());
  }

  /** The resource this identity names, for the server's lookup and the hello cross-check (PROTOCOL.md §3.2). */
  public Optional<QualifiedName> qualifiedName() {
    return ResourceType.ofCode(resourceType).map(type -> new QualifiedName(type, name));
  }

  /** The identity bytes as sent in the handshake: type, 0x1E, name, no NUL. */
  public byte[] toBytes() {
    return (resourceType + RECORD_SEPARATOR + name).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads an identity the way the Bareos server does ({@code ParseQualifiedName}): the type ends at the first 0x1E,
   * the name at the next 0x1E or the end.
   *
   * @return empty if there is no 0x1E, the type is not a Bareos type name, or the name is empty
   */
  public static Optional<PskIdentity> parse(byte[] identity) {
    String text = new String(identity, StandardCharsets.UTF_8);
    int separator = text.indexOf(RECORD_SEPARATOR);
    if (separator < 0) {
      return Optional.empty();
    }
    String type = text.substring(0, separator);
    int end = text.indexOf(RECORD_SEPARATOR, separator + 1);
    String name = text.substring(separator + 1, end < 0 ? text.length() : end);
    if (!KNOWN_TYPES.contains(type) || name.isEmpty() || name.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    return Optional.of(new PskIdentity(type, name));
  }

  /** Identity bytes for log messages: 0x1E shown as a space, like Bareos' {@code JoinReadable}. */
  static String readable(byte[] identity) {
    return readable(new String(identity, StandardCharsets.UTF_8));
  }

  private static String readable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == RECORD_SEPARATOR) {
        out.append(' ');
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code R_DIRECTOR bareos-dir}: readable, for logs. */
  @Override
  public String toString() {
    return resourceType + " " + name;
  }
}
