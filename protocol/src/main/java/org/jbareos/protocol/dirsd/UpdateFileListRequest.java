package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * {@code Catreq Job=%s UpdateFileList\n} ({@code stored/askdir.cc Update_filelist}). No OK reply; error {@link
 * DirSdLine#UPDATE_FILE_LIST_ERROR}.
 */
public record UpdateFileListRequest(String job) implements CatalogRequest {
  public static final WireFormat FORMAT = WireFormat.of("Catreq UpdateFileList", "Catreq Job=%127s UpdateFileList\n");

  @Override
  public String wireText() {
    return FORMAT.format(job);
  }

  public static UpdateFileListRequest parse(String wire) throws ProtocolException {
    return new UpdateFileListRequest(FORMAT.scan(wire).text(0));
  }
}
