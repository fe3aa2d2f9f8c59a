package org.jbareos.config.schema;

import java.util.List;

/**
 * The TLS directives every resource of a connection has ({@code lib/tls_resource_items.h}:
 * {@code TLS_COMMON_CONFIG} and {@code TLS_CERT_CONFIG}). Since Bareos 23 both TLS Enable and TLS
 * Require default to yes, so a default-configured peer speaks TLS-PSK (PROTOCOL.md §3.1).
 * Bareos has no separate TLS PSK Enable/Require directives: PSK is used whenever TLS is enabled
 * and no certificate is configured.
 */
public final class TlsDirectives {

  private TlsDirectives() {}

  public static final Directive<Boolean> AUTHENTICATE =
      Directive.of("TlsAuthenticate", ScalarTypes.BOOL).withDefault("false").deprecated();
  public static final Directive<Boolean> ENABLE =
      Directive.of("TlsEnable", ScalarTypes.BOOL).withDefault("true");
  public static final Directive<Boolean> REQUIRE =
      Directive.of("TlsRequire", ScalarTypes.BOOL).withDefault("true");
  public static final Directive<String> CIPHER_LIST =
      Directive.of("TlsCipherList", ScalarTypes.STRING);
  public static final Directive<String> CIPHER_SUITES =
      Directive.of("TlsCipherSuites", ScalarTypes.STRING);
  public static final Directive<String> DH_FILE = Directive.of("TlsDhFile", ScalarTypes.STRING);
  public static final Directive<String> PROTOCOL = Directive.of("TlsProtocol", ScalarTypes.STRING);
  public static final Directive<Boolean> VERIFY_PEER =
      Directive.of("TlsVerifyPeer", ScalarTypes.BOOL).withDefault("false");
  public static final Directive<String> CA_CERTIFICATE_FILE =
      Directive.of("TlsCaCertificateFile", ScalarTypes.STRING);
  public static final Directive<String> CA_CERTIFICATE_DIR =
      Directive.of("TlsCaCertificateDir", ScalarTypes.STRING);
  public static final Directive<String> CERTIFICATE_REVOCATION_LIST =
      Directive.of("TlsCertificateRevocationList", ScalarTypes.STRING);
  public static final Directive<String> CERTIFICATE =
      Directive.of("TlsCertificate", ScalarTypes.STRING);
  public static final Directive<String> KEY = Directive.of("TlsKey", ScalarTypes.STRING);
  public static final Directive<List<String>> ALLOWED_CN =
      Directive.of("TlsAllowedCn", ListTypes.STRINGS);

  /** All of them, in Bareos's order, for the resource tables. */
  public static final List<Directive<?>> ALL = List.of(AUTHENTICATE, ENABLE, REQUIRE, CIPHER_LIST,
      CIPHER_SUITES, DH_FILE, PROTOCOL, VERIFY_PEER, CA_CERTIFICATE_FILE, CA_CERTIFICATE_DIR,
      CERTIFICATE_REVOCATION_LIST, CERTIFICATE, KEY, ALLOWED_CN);
}
