package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The console's {@code label} as the Director sends it to the SD ({@code dird/ua_label.cc native_send_label_request},
 * scanned by {@code stored/dir_cmd.cc DoLabel}): the device, the new volume's name, pool and media type (blanks sent
 * as {@code 0x01}), the slot, the drive and the pool's block sizes, without a trailing newline. The SD answers
 * {@link LabelReply} or a {@code 39xx} error line, then EOD.
 *
 * <pre>label FileStorage VolumeName=Test-0001 PoolName=Full MediaType=File Slot=0 drive=0 MinBlocksize=0 MaxBlocksize=0</pre>
 */
public record LabelCommand(String device, String volumeName, String poolName, String mediaType, int slot, int drive,
    int minBlocksize, int maxBlocksize) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("label command", "label %127s VolumeName=%127s"
      + " PoolName=%127s MediaType=%127s Slot=%hd drive=%hd MinBlocksize=%d MaxBlocksize=%d");
  private static final char BASHED_SPACE = 0x01;

  @Override
  public String wireText() {
    return FORMAT.format(bash(device), bash(volumeName), bash(poolName), bash(mediaType), slot, drive, minBlocksize,
        maxBlocksize);
  }

  public static LabelCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new LabelCommand(unbash(f.text(0)), unbash(f.text(1)), unbash(f.text(2)), unbash(f.text(3)),
        (int) f.number(4), (int) f.number(5), (int) f.number(6), (int) f.number(7));
  }

  private static String bash(String text) {
    return text.replace(' ', BASHED_SPACE);
  }

  private static String unbash(String text) {
    return text.replace(BASHED_SPACE, ' ');
  }
}
