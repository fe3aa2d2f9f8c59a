package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * A catalog request the Storage Daemon sends to the Director on the job socket ({@code stored/askdir.cc},
 * PROTOCOL.md §6.2). The Director answers each at once with one frame on the same socket (except the {@code
 * Catreq} updates, which are answered only on error); the SD waits for that answer before it sends another request.
 */
public sealed interface CatalogRequest extends TextMessage
    permits FindMediaRequest,
        GetVolInfoRequest,
        UpdateMediaRequest,
        CreateJobMediaRequest,
        UpdateFileListRequest,
        UpdateJobRecordRequest,
        DeleteNullJobmediaRequest {

  /** The unique job name the request is for. */
  String job();

  /**
   * Reads a request the way {@code dird/catreq.cc:CatalogRequest} does: each known form is tried in the Director's
   * order, and the first that matches wins.
   *
   * @throws ProtocolException {@code Invalid Catalog Request} when no form matches
   */
  static CatalogRequest parse(String wire) throws ProtocolException {
    if (FindMediaRequest.FORMAT.matches(wire)) {
      return FindMediaRequest.parse(wire);
    }
    if (GetVolInfoRequest.FORMAT.matches(wire)) {
      return GetVolInfoRequest.parse(wire);
    }
    if (UpdateMediaRequest.FORMAT.matches(wire)) {
      return UpdateMediaRequest.parse(wire);
    }
    if (CreateJobMediaRequest.FORMAT.matches(wire)) {
      return CreateJobMediaRequest.parse(wire);
    }
    if (UpdateFileListRequest.FORMAT.matches(wire)) {
      return UpdateFileListRequest.parse(wire);
    }
    if (UpdateJobRecordRequest.FORMAT.matches(wire)) {
      return UpdateJobRecordRequest.parse(wire);
    }
    if (DeleteNullJobmediaRequest.FORMAT.matches(wire)) {
      return DeleteNullJobmediaRequest.parse(wire);
    }
    throw new ProtocolException("Invalid Catalog Request: \"" + WireFormat.printable(wire) + "\"");
  }
}
