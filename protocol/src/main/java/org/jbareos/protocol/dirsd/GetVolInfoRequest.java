package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code CatReq Job=%s GetVolInfo VolName=%s write=%d\n} ({@code stored/askdir.cc Get_Vol_Info}, PROTOCOL.md §6.2;
 * the volume name is bashed). Answered with a {@link MediaInfoReply} or a {@link CatalogErrorReply}.
 *
 * @param write true when the SD wants to write the volume ({@code write=1})
 */
public record GetVolInfoRequest(String job, String volumeName, boolean write) implements CatalogRequest {
  public static final WireFormat FORMAT =
      WireFormat.of("CatReq GetVolInfo", "CatReq Job=%127s GetVolInfo VolName=%127s write=%d\n");

  @Override
  public String wireText() {
    return FORMAT.format(job, bash(volumeName), write ? 1 : 0);
  }

  public static GetVolInfoRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new GetVolInfoRequest(f.text(0), unbash(f.text(1)), f.number(2) != 0);
  }
}
