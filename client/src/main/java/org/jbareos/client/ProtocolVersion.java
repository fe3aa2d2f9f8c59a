package org.jbareos.client;

/**
 * The console protocol versions (python-bareos {@code ProtocolVersions}; PROTOCOL.md §2.6). The Director chooses the
 * dialog from the version word of the hello: {@code major*100+minor} below 1802 selects the old one.
 */
public enum ProtocolVersion {
  /**
   * Bareos 12.4 (python {@code bareos_12_4 = 1}): hello {@code Hello <name> calling\n}; after CRAM-MD5 the Director
   * sends one line {@code 1000 OK: <dir> Version: <ver> (<date>) --  Encryption: ...\n}, or {@code 1999 You are
   * not authorized.\n}.
   */
  BAREOS_12_4(1),
  /**
   * Bareos 18.2 and later (python {@code bareos_18_2 = 2}, bconsole): the hello carries a version word; after
   * CRAM-MD5 the Director sends response messages {@code 1000<RS>OK: ...} and {@code 1002<RS><info>} (or {@code
   * 1001<RS>} when it wants PAM credentials first).
   */
  BAREOS_18_2(2);

  private final int number;

  ProtocolVersion(int number) {
    this.number = number;
  }

  /** python's number for it: 1 or 2. */
  public int number() {
    return number;
  }
}
