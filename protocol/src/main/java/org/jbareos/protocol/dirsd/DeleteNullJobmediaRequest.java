package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code CatReq Job=%s DeleteNullJobmediaRecords jobid=%u} (no {@code \n}, as the SD sends it; {@code
 * dird/catreq.cc Delete_nulljobmediarecord}, PROTOCOL.md §6.2). Reply {@link DirSdLine#DELETE_NULL_JOBMEDIA_OK}.
 */
public record DeleteNullJobmediaRequest(String job, long jobId) implements CatalogRequest {
  public static final WireFormat FORMAT =
      WireFormat.of("CatReq DeleteNullJobmediaRecords", "CatReq Job=%127s DeleteNullJobmediaRecords jobid=%u");

  @Override
  public String wireText() {
    return FORMAT.format(job, jobId);
  }

  public static DeleteNullJobmediaRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new DeleteNullJobmediaRequest(f.text(0), f.number(1));
  }
}
