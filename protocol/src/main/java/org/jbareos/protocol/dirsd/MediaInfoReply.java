package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director's answer to FindMedia, GetVolInfo and UpdateMedia: the media record in 24 fields ({@code
 * dird/catreq.cc OK_media}; the SD requires all 24, {@code stored/askdir.cc OK_media}; PROTOCOL.md §6.2):
 *
 * <pre>
 * 1000 OK VolName=%s VolJobs=%u VolFiles=%u VolBlocks=%u VolBytes=%s VolMounts=%u VolErrors=%u VolWrites=%u
 * MaxVolBytes=%s VolCapacityBytes=%s VolStatus=%s Slot=%d MaxVolJobs=%u MaxVolFiles=%u InChanger=%d
 * VolReadTime=%s VolWriteTime=%s EndFile=%u EndBlock=%u LabelType=%d MediaId=%s EncryptionKey=%s
 * MinBlocksize=%u MaxBlocksize=%u\n
 * </pre>
 *
 * The volume name is bashed; {@code EncryptionKey} is usually empty.
 */
public record MediaInfoReply(
    String volumeName,
    long volJobs,
    long volFiles,
    long volBlocks,
    long volBytes,
    long volMounts,
    long volErrors,
    long volWrites,
    long maxVolBytes,
    long volCapacityBytes,
    String volStatus,
    int slot,
    long maxVolJobs,
    long maxVolFiles,
    boolean inChanger,
    long volReadTime,
    long volWriteTime,
    long endFile,
    long endBlock,
    int labelType,
    long mediaId,
    String encryptionKey,
    long minBlocksize,
    long maxBlocksize)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "Media record reply",
          "1000 OK VolName=%127s VolJobs=%u VolFiles=%lu VolBlocks=%lu VolBytes=%lld VolMounts=%lu"
              + " VolErrors=%lu VolWrites=%lu MaxVolBytes=%lld VolCapacityBytes=%lld VolStatus=%20s"
              + " Slot=%ld MaxVolJobs=%lu MaxVolFiles=%lu InChanger=%ld VolReadTime=%lld VolWriteTime=%lld"
              + " EndFile=%lu EndBlock=%lu LabelType=%ld MediaId=%lld EncryptionKey=%127s"
              + " MinBlocksize=%lu MaxBlocksize=%lu\n");

  @Override
  public String wireText() {
    return FORMAT.format(
        bash(volumeName), volJobs, volFiles, volBlocks, volBytes, volMounts, volErrors, volWrites, maxVolBytes,
        volCapacityBytes, volStatus, slot, maxVolJobs, maxVolFiles, inChanger ? 1 : 0, volReadTime,
        volWriteTime, endFile, endBlock, labelType, mediaId, encryptionKey, minBlocksize, maxBlocksize);
  }

  public static MediaInfoReply parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new MediaInfoReply(
        unbash(f.text(0)), f.number(1), f.number(2), f.number(3), f.number(4), f.number(5), f.number(6),
        f.number(7), f.number(8), f.number(9), f.text(10), f.integer(11), f.number(12), f.number(13),
        f.number(14) != 0, f.number(15), f.number(16), f.number(17), f.number(18), f.integer(19),
        f.number(20), f.text(21), f.number(22), f.number(23));
  }
}
