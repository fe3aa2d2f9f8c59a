package org.jbareos.director.job;

import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirsd.CatalogErrorReply;
import org.jbareos.protocol.dirsd.CatalogRequest;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.DirectorMessageKind;
import org.jbareos.protocol.dirsd.FileAttributesUpdate;
import org.jbareos.protocol.dirsd.JobStatusMessage;

/**
 * What the Director does with a frame from the SD job socket that is not an answer ({@code dird/getmsg.cc
 * BgetDirmsg}, PROTOCOL.md §6.2): {@code Jmsg} → job log, {@code Status} → the SD's job status, {@code CatReq} → the
 * {@link CatalogRequestHandler} (its answer goes back at once), {@code UpdCat} → the {@link FileAttributeBatch}.
 */
final class StorageMessageDispatcher {
  private final JobLog log;
  private final CatalogRequestHandler catalogRequests;
  private final FileAttributeBatch attributes;
  private volatile JobStatus storageStatus = JobStatus.CREATED;

  StorageMessageDispatcher(JobLog log, CatalogRequestHandler catalogRequests, FileAttributeBatch attributes) {
    this.log = log;
    this.catalogRequests = catalogRequests;
    this.attributes = attributes;
  }

  /** The SD's last {@code Status Job=... JobStatus=}. */
  JobStatus storageStatus() {
    return storageStatus;
  }

  /** Handles one frame; returns the answer to send back, or null. */
  byte[] handle(byte[] payload) {
    DirectorMessageKind kind = DirectorMessageKind.classify(payload);
    String text = kind == DirectorMessageKind.CATALOG_UPDATE ? "" : TextMessage.decode(payload);
    try {
      switch (kind) {
        case JOB_MESSAGE -> log.daemon(JobMessage.parse(text));
        case STATUS -> storageStatus = JobStatusMessage.parse(text).status();
        case CATALOG_REQUEST -> {
          return answer(text);
        }
        case CATALOG_UPDATE -> attributes.add(FileAttributesUpdate.parse(payload));
        case BLAST_ATTR -> {
          return DirSdLine.BLAST_ATTR_ERROR.wireText().getBytes(StandardCharsets.US_ASCII);
        }
        case MALFORMED, OTHER, RESPONSE -> log.error("Malformed message from Storage daemon: " + printable(payload));
      }
    } catch (ProtocolException | IllegalArgumentException e) {
      log.error("Malformed message from Storage daemon: " + e.getMessage());
    } catch (RuntimeException e) {
      catalogRequests.fail("Catalog error storing file attributes: " + e.getMessage());
    }
    return null;
  }

  private byte[] answer(String text) {
    CatalogRequest request;
    try {
      request = CatalogRequest.parse(text);
    } catch (ProtocolException e) {
      catalogRequests.fail("Invalid Catalog request: " + text.strip());
      return CatalogErrorReply.invalidRequest(text).toWire();
    }
    String reply = catalogRequests.answer(request);
    return reply == null ? null : reply.getBytes(StandardCharsets.UTF_8);
  }

  private static String printable(byte[] payload) {
    String text = new String(payload, 0, Math.min(payload.length, 200), StandardCharsets.ISO_8859_1);
    return text.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
