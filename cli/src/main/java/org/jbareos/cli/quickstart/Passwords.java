package org.jbareos.cli.quickstart;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The shared secrets of the quick start's links, random on every run as Bareos's packages generate them at install
 * time. Each secret is both the CRAM-MD5 password and, with TLS left at its default, the TLS-PSK key of its link.
 *
 * @param console the Director resource's Password, which {@code bconsole.conf} and the client library present
 * @param storage the Director's Storage resource and the SD's Director resource
 * @param client the Director's Client resource and the FD's Director resource
 * @param monitor the named console {@code bareos-mon} (status only, as Bareos ships it)
 */
public record Passwords(String console, String storage, String client, String monitor) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static Passwords random() {
    return new Passwords(secret(), secret(), secret(), secret());
  }

  /** 32 random bytes, URL-safe base64: no quote or backslash to escape in a config string. */
  private static String secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
