package org.jbareos.net.session;

/**
 * The TLS policy of a resource: {@code TLS Enable}/{@code TLS Require} of the resource that describes the peer,
 * sent as {@code ssl=N} in the CRAM-MD5 challenge (PROTOCOL.md §2.5, {@code lib/tls_conf.h} TlsPolicy).
 */
public enum TlsPolicy {
  /** {@code TLS Enable = no}: cleartext only ({@code kBnetTlsNone}). */
  NONE(0),
  /** {@code TLS Enable = yes, TLS Require = no}: TLS allowed ({@code kBnetTlsEnabled}). */
  ENABLED(1),
  /** {@code TLS Enable = yes, TLS Require = yes}, the default since Bareos 23 ({@code kBnetTlsRequired}). */
  REQUIRED(2);

  /** The {@code ssl=} value of a job command that tells the peer to start TLS at once ({@code kBnetTlsAuto}). */
  public static final int WIRE_AUTO = 4;

  private final int wireValue;

  TlsPolicy(int wireValue) {
    this.wireValue = wireValue;
  }

  /** The policy Bareos derives from the two directives: {@code Enable ? (Require ? 2 : 1) : 0}. */
  public static TlsPolicy of(boolean tlsEnable, boolean tlsRequire) {
    return !tlsEnable ? NONE : tlsRequire ? REQUIRED : ENABLED;
  }

  /** The value in {@code auth cram-md5 ... ssl=N}. */
  public int wireValue() {
    return wireValue;
  }

  /** True when the connecting side starts TLS right after the TCP connect (PROTOCOL.md §3.1). */
  public boolean startsTls() {
    return this != NONE;
  }

  /**
   * Whether a link that authenticated in cleartext may go on in cleartext ({@code SelectTlsPolicy}, PROTOCOL.md
   * §2.5): only when neither side enabled TLS, or one enabled it and the other has none. Every other pair asks
   * for the legacy certificate TLS after authentication (or is denied), which jbareos does not speak.
   */
  public static boolean cleartextAgreed(int remoteWireValue, int localWireValue) {
    return (remoteWireValue == 0 && localWireValue <= 1) || (remoteWireValue == 1 && localWireValue == 0);
  }
}
