package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code mount <device> drive=<n>} ({@code dird/ua_label.cc} after a label when automount is on; {@code
 * stored/dir_cmd.cc MountCmd}); a File device that is not open answers {@link #FILE_ALWAYS_MOUNTED}, then EOD.
 */
public record MountCommand(String device, int drive) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("mount command", "mount %127s drive=%hd");
  /** {@code 3906 File device "FileStorage" (/srv/...) is always mounted.} */
  public static final WireFormat FILE_ALWAYS_MOUNTED =
      WireFormat.of("mount reply", "3906 File device %s is always mounted.\n");
  /** {@code 3909 Error scanning mount command: <the command>}. */
  public static final WireFormat SCAN_ERROR =
      WireFormat.of("mount refusal", "3909 Error scanning mount command: %s\n");
  /** {@code 3999 Device <name> not found or could not be opened.}: without the quotes of the label's answer. */
  public static final WireFormat DEVICE_NOT_FOUND =
      WireFormat.of("mount refusal", "3999 Device %s not found or could not be opened.\n");
  private static final char BASHED_SPACE = 0x01;

  @Override
  public String wireText() {
    return FORMAT.format(device.replace(' ', BASHED_SPACE), drive);
  }

  public static MountCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new MountCommand(f.text(0).replace(BASHED_SPACE, ' '), (int) f.number(1));
  }
}
