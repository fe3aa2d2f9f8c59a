package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code CatReq Job=%s FindMedia=%d pool_name=%s media_type=%s unwanted_volumes=%s\n} ({@code stored/askdir.cc
 * Find_media}, PROTOCOL.md §6.2). Pool and media type are bashed; {@code unwanted_volumes} is a comma list and may be
 * empty. Answered with a {@link MediaInfoReply} or {@link DirSdLine#NO_MEDIA}.
 *
 * @param index which volume to find (1..n)
 */
public record FindMediaRequest(
    String job, int index, String poolName, String mediaType, String unwantedVolumes) implements CatalogRequest {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "CatReq FindMedia",
          "CatReq Job=%127s FindMedia=%d pool_name=%127s media_type=%127s unwanted_volumes=%s\n");

  @Override
  public String wireText() {
    return FORMAT.format(job, index, bash(poolName), bash(mediaType), unwantedVolumes);
  }

  public static FindMediaRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new FindMediaRequest(
        f.text(0), f.integer(1), unbash(f.text(2)), unbash(f.text(3)), f.text(4));
  }
}
