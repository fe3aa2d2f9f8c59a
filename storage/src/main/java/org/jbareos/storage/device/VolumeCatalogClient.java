package org.jbareos.storage.device;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirsd.CatalogRequest;
import org.jbareos.protocol.dirsd.CreateJobMediaRequest;
import org.jbareos.protocol.dirsd.DeleteNullJobmediaRequest;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.FindMediaRequest;
import org.jbareos.protocol.dirsd.GetVolInfoRequest;
import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.protocol.dirsd.UpdateMediaRequest;

/**
 * The catalog requests of one Storage Daemon job to its Director, on the job's Director connection ({@code
 * stored/askdir.cc}, PROTOCOL.md §6.2). The Director answers each request with one frame on the same socket; the SD
 * has at most one request outstanding and reads the answer before it sends the next (PROTOCOL.md §11, {@code
 * vol_info_mutex}), so every method holds this client's lock from send to answer.
 */
public final class VolumeCatalogClient {
  private final BareosConnection director;
  private final String job;

  public VolumeCatalogClient(BareosConnection director, String job) {
    this.director = Objects.requireNonNull(director, "director");
    this.job = Objects.requireNonNull(job, "job");
  }

  /** The unique job name the requests carry. */
  public String job() {
    return job;
  }

  /**
   * {@code CatReq FindMedia=<index>}: the {@code index}-th appendable volume of the pool.
   *
   * @param unwanted volumes the SD cannot use now (sent as a comma list)
   * @throws CatalogRequestException on {@code 1901 No Media.} or another refusal
   */
  public synchronized MediaInfoReply findMedia(int index, String poolName, String mediaType, List<String> unwanted)
      throws IOException {
    return mediaRequest(new FindMediaRequest(job, index, poolName, mediaType, String.join(",", unwanted)));
  }

  /** {@code CatReq GetVolInfo VolName=<vol> write=<0|1>}. */
  public synchronized MediaInfoReply getVolInfo(String volumeName, boolean write) throws IOException {
    return mediaRequest(new GetVolInfoRequest(job, volumeName, write));
  }

  /** {@code CatReq UpdateMedia ...}; the answer is the updated media record. */
  public synchronized MediaInfoReply updateMedia(UpdateMediaRequest request) throws IOException {
    return mediaRequest(request);
  }

  /** {@code CatReq CreateJobMedia ...}; the Director must answer {@code 1000 OK CreateJobMedia\n} exactly. */
  public synchronized void createJobMedia(long firstIndex, long lastIndex, long startAddress, long endAddress,
      long mediaId) throws IOException {
    CreateJobMediaRequest request = new CreateJobMediaRequest(job, firstIndex, lastIndex, startAddress >>> 32,
        endAddress >>> 32, startAddress & 0xFFFF_FFFFL, endAddress & 0xFFFF_FFFFL, 0, 0, mediaId);
    expectLine(request, DirSdLine.CREATE_JOB_MEDIA_OK);
  }

  /**
   * The placeholder JobMedia record with all fields 0 that the SD sends when the job's first data block is written,
   * so that the volume is not purged while the job runs ({@code DirCreateJobmediaRecord(zero=true)}).
   */
  public synchronized void createPlaceholderJobMedia(long mediaId) throws IOException {
    expectLine(new CreateJobMediaRequest(job, 0, 0, 0, 0, 0, 0, 0, 0, mediaId), DirSdLine.CREATE_JOB_MEDIA_OK);
  }

  /** {@code CatReq DeleteNullJobmediaRecords jobid=<id>} at the end of a backup. */
  public synchronized void deleteNullJobmediaRecords(long jobId) throws IOException {
    expectLine(new DeleteNullJobmediaRequest(job, jobId), DirSdLine.DELETE_NULL_JOBMEDIA_OK);
  }

  private MediaInfoReply mediaRequest(CatalogRequest request) throws IOException {
    String reply = exchange(request);
    if (!MediaInfoReply.FORMAT.matches(reply)) {
      throw new CatalogRequestException(name(request), reply);
    }
    return MediaInfoReply.parse(reply);
  }

  private void expectLine(CatalogRequest request, DirSdLine expected) throws IOException {
    String reply = exchange(request);
    if (!reply.equals(expected.wireText())) {
      throw new CatalogRequestException(name(request), reply);
    }
  }

  private String exchange(CatalogRequest request) throws IOException {
    director.send(request.toWire());
    Packet answer = director.receive();
    if (!(answer instanceof Packet.Message m)) {
      throw new ProtocolException(name(request) + ": the Director answered " + answer.describe());
    }
    return TextMessage.decode(m.payload());
  }

  private static String name(CatalogRequest request) {
    return "CatReq " + request.getClass().getSimpleName().replace("Request", "");
  }
}
