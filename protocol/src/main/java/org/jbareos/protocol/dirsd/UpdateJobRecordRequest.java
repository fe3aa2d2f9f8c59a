package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code Catreq Job=%s UpdateJobRecord JobFiles=%u JobBytes=%llu\n} (lower-case {@code req}; {@code
 * stored/askdir.cc Update_jobrecord}). No OK reply; errors {@link DirSdLine#UPDATE_JOB_RECORD_ERROR}.
 */
public record UpdateJobRecordRequest(String job, long jobFiles, long jobBytes) implements CatalogRequest {
  public static final WireFormat FORMAT =
      WireFormat.of("Catreq UpdateJobRecord", "Catreq Job=%127s UpdateJobRecord JobFiles=%u JobBytes=%llu\n");

  @Override
  public String wireText() {
    return FORMAT.format(job, jobFiles, jobBytes);
  }

  public static UpdateJobRecordRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new UpdateJobRecordRequest(f.text(0), f.number(1), f.number(2));
  }
}
