package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code CatReq Job=%s CreateJobMedia FirstIndex=%u LastIndex=%u StartFile=%u EndFile=%u StartBlock=%u EndBlock=%u
 * Copy=%d Strip=%d MediaId=%s\n} ({@code stored/askdir.cc Create_job_media}, PROTOCOL.md §6.2). On disk volumes
 * Start/EndFile are the high and Start/EndBlock the low 32 bits of the byte address. Reply {@link
 * DirSdLine#CREATE_JOB_MEDIA_OK} or {@link DirSdLine#CREATE_JOB_MEDIA_ERROR}.
 */
public record CreateJobMediaRequest(
    String job,
    long firstIndex,
    long lastIndex,
    long startFile,
    long endFile,
    long startBlock,
    long endBlock,
    int copy,
    int strip,
    long mediaId)
    implements CatalogRequest {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "CatReq CreateJobMedia",
          "CatReq Job=%127s CreateJobMedia FirstIndex=%u LastIndex=%u StartFile=%u EndFile=%u"
              + " StartBlock=%u EndBlock=%u Copy=%d Strip=%d MediaId=%lld\n");

  @Override
  public String wireText() {
    return FORMAT.format(
        job, firstIndex, lastIndex, startFile, endFile, startBlock, endBlock, copy, strip, mediaId);
  }

  public static CreateJobMediaRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new CreateJobMediaRequest(
        f.text(0), f.number(1), f.number(2), f.number(3), f.number(4), f.number(5), f.number(6),
        f.integer(7), f.integer(8), f.number(9));
  }
}
