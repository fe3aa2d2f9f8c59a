package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's answer to a {@link LabelCommand} that labeled the volume ({@code stored/dir_cmd.cc LabelVolumeIfOk}; the
 * Director scans {@code 3000 OK label. VolFiles=%lu VolBytes=%llu }): the device's file number, the volume's size
 * after the label, its name and the device's print name.
 *
 * <pre>3000 OK label. VolFiles=0 VolBytes=205 Volume="Test-0001" Device="FileStorage" (/srv/bareos-test/storage)</pre>
 */
public record LabelReply(long volFiles, long volBytes, String volumeName, String devicePrintName)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of("label reply", "3000 OK label. VolFiles=%u VolBytes=%s Volume=\"%s\" Device=%s\n");
  /** What the Director reads of the answer ({@code ua_label.cc}). */
  private static final WireFormat DIRECTOR_SCAN =
      WireFormat.of("label reply", "3000 OK label. VolFiles=%lu VolBytes=%llu ");
  /** {@code 3920 Cannot label Volume because it is already labeled: "<name>"}. */
  public static final WireFormat ALREADY_LABELED =
      WireFormat.of("label refusal", "3920 Cannot label Volume because it is already labeled: \"%s\"\n");

  /** {@code 3903 Error scanning label command: <the command>}. */
  public static final WireFormat SCAN_ERROR =
      WireFormat.of("label refusal", "3903 Error scanning label command: %s\n");
  /** {@code 3999 Device "<name>" not found or could not be opened.} */
  public static final WireFormat DEVICE_NOT_FOUND =
      WireFormat.of("label refusal", "3999 Device \"%s\" not found or could not be opened.\n");
  /**
   * {@code 3910 Unable to open device "<print name>": ERR=<why>}; the print name has quotes of its own, so Bareos
   * sends them doubled.
   */
  public static final WireFormat OPEN_FAILED =
      WireFormat.of("label refusal", "3910 Unable to open device \"%s\": ERR=%s\n");
  /** {@code 3912 Failed to label Volume: ERR=<why>}. */
  public static final WireFormat LABEL_FAILED = WireFormat.of("label refusal", "3912 Failed to label Volume: ERR=%s\n");

  @Override
  public String wireText() {
    return FORMAT.format(volFiles, Long.toString(volBytes), volumeName, devicePrintName);
  }

  /** The counters the Director takes from an answer; a line that is not this answer does not scan. */
  public static LabelReply parse(String wire) throws ProtocolException {
    WireFormat.Fields f = DIRECTOR_SCAN.scan(wire);
    return new LabelReply(f.number(0), f.number(1), "", "");
  }
}
