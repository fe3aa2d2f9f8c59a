package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code CatReq Job=%s UpdateMedia VolName=%s VolJobs=%u VolFiles=%u VolBlocks=%u VolBytes=%s VolMounts=%u
 * VolErrors=%u VolWrites=%u MaxVolBytes=%s EndTime=%s VolStatus=%s Slot=%d relabel=%d InChanger=%d VolReadTime=%s
 * VolWriteTime=%s VolFirstWritten=%s\n}: 18 fields ({@code stored/askdir.cc Update_media}, read with {@code
 * dird/catreq.cc}, PROTOCOL.md §6.2). The volume name is bashed. Answered with a {@link MediaInfoReply} or {@link
 * DirSdLine#UPDATE_MEDIA_ERROR}.
 */
public record UpdateMediaRequest(
    String job,
    String volumeName,
    long volJobs,
    long volFiles,
    long volBlocks,
    long volBytes,
    long volMounts,
    long volErrors,
    long volWrites,
    long maxVolBytes,
    long endTime,
    String volStatus,
    int slot,
    boolean relabel,
    boolean inChanger,
    long volReadTime,
    long volWriteTime,
    long volFirstWritten)
    implements CatalogRequest {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "CatReq UpdateMedia",
          "CatReq Job=%127s UpdateMedia VolName=%s VolJobs=%u VolFiles=%u VolBlocks=%u VolBytes=%lld"
              + " VolMounts=%u VolErrors=%u VolWrites=%u MaxVolBytes=%lld EndTime=%lld VolStatus=%10s"
              + " Slot=%d relabel=%d InChanger=%d VolReadTime=%lld VolWriteTime=%lld VolFirstWritten=%lld\n");

  @Override
  public String wireText() {
    return FORMAT.format(
        job, bash(volumeName), volJobs, volFiles, volBlocks, volBytes, volMounts, volErrors, volWrites,
        maxVolBytes, endTime, volStatus, slot, relabel ? 1 : 0, inChanger ? 1 : 0, volReadTime, volWriteTime,
        volFirstWritten);
  }

  public static UpdateMediaRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new UpdateMediaRequest(
        f.text(0), unbash(f.text(1)), f.number(2), f.number(3), f.number(4), f.number(5), f.number(6),
        f.number(7), f.number(8), f.number(9), f.number(10), f.text(11), f.integer(12), f.number(13) != 0,
        f.number(14) != 0, f.number(15), f.number(16), f.number(17));
  }
}
