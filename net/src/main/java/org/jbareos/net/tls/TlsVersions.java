package org.jbareos.net.tls;

import org.bouncycastle.tls.ProtocolVersion;

/**
 * Which TLS versions a link offers (client) or accepts (server). Bareos passes {@code TLS Protocol} to OpenSSL, which
 * by default negotiates TLS 1.3 and falls back to 1.2 (PROTOCOL.md §3.2); {@link #DEFAULT} does the same.
 */
public enum TlsVersions {
  /** TLS 1.2 only, e.g. for peers that force it, like python-bareos with sslpsk. */
  TLS_1_2_ONLY(ProtocolVersion.TLSv12.only()),
  /** TLS 1.3 only. */
  TLS_1_3_ONLY(ProtocolVersion.TLSv13.only()),
  /** TLS 1.3 preferred, TLS 1.2 accepted. */
  TLS_1_2_AND_1_3(ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12));

  /** Both versions, preferring 1.3, as OpenSSL does by default. */
  public static final TlsVersions DEFAULT = TLS_1_2_AND_1_3;

  private final ProtocolVersion[] protocolVersions;

  TlsVersions(ProtocolVersion[] protocolVersions) {
    this.protocolVersions = protocolVersions;
  }

  /** Whether TLS 1.2 is included. */
  public boolean allowsTls12() {
    return this != TLS_1_3_ONLY;
  }

  /** Whether TLS 1.3 is included. */
  public boolean allowsTls13() {
    return this != TLS_1_2_ONLY;
  }

  /** The versions for BouncyCastle, newest first. */
  ProtocolVersion[] protocolVersions() {
    return protocolVersions.clone();
  }

  /** The versions in JSSE's names, newest first. */
  String[] jsseProtocols() {
    return switch (this) {
      case TLS_1_2_ONLY -> new String[] {"TLSv1.2"};
      case TLS_1_3_ONLY -> new String[] {"TLSv1.3"};
      case TLS_1_2_AND_1_3 -> new String[] {"TLSv1.3", "TLSv1.2"};
    };
  }
}
