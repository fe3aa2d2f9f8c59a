package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director tells the FD where the SD is (PROTOCOL.md §5.1; {@code dird/backup.cc storaddr}, {@code
 * dird/restore.cc}, {@code filed/dir_cmd.cc StorageCmd}):
 *
 * <pre>
 * storage address=%s port=%d ssl=%d\n                     backup
 * storage address=%s port=%d ssl=%d Authorization=%s\n    restore and verify (the key may be empty)
 * </pre>
 *
 * The FD tries the form with {@code Authorization=} first. It connects to the SD and answers {@link
 * DirFdLine#STORAGE_OK} or {@link DirFdLine#BAD_STORAGE}.
 *
 * @param ssl the TLS policy for the FD→SD connection (4 = TLS-PSK at once)
 * @param authorization the SD session key; {@code null} for the backup form
 */
public record StorageCommand(String address, int port, int ssl, String authorization) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("storage", "storage address=%s port=%d ssl=%d\n");
  public static final WireFormat FORMAT_AUTHORIZATION =
      WireFormat.of("storage", "storage address=%s port=%d ssl=%d Authorization=%100s\n");

  @Override
  public String wireText() {
    return authorization == null
        ? FORMAT.format(address, port, ssl)
        : FORMAT_AUTHORIZATION.format(address, port, ssl, authorization);
  }

  public static StorageCommand parse(String wire) throws ProtocolException {
    if (FORMAT_AUTHORIZATION.matches(wire)) {
      WireFormat.Fields f = FORMAT_AUTHORIZATION.scan(wire);
      return new StorageCommand(f.text(0), f.integer(1), f.integer(2), f.text(3));
    }
    WireFormat.Fields f = FORMAT.scan(wire);
    return new StorageCommand(f.text(0), f.integer(1), f.integer(2), null);
  }
}
