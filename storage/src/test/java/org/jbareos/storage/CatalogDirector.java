package org.jbareos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.protocol.dirsd.CatalogRequest;
import org.jbareos.protocol.dirsd.CreateJobMediaRequest;
import org.jbareos.protocol.dirsd.DeleteNullJobmediaRequest;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.FindMediaRequest;
import org.jbareos.protocol.dirsd.GetVolInfoRequest;
import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.UpdateMediaRequest;

/**
 * A scripted Director for tests that are not replays: it sends a backup job's commands and answers the SD's catalog
 * requests from an in-memory Media table, as {@code dird/catreq.cc} does (FindMedia returns the first appendable
 * volume not in {@code unwanted_volumes}; UpdateMedia stores what the SD sends and marks a volume Used when it
 * reaches Maximum Volume Jobs). Everything else the SD sends is kept in {@link #received()}.
 */
public final class CatalogDirector {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** One Media row. */
  public static final class Media {
    final String name;
    final long mediaId;
    final long maxVolJobs;
    final long maxVolBytes;
    long volJobs;
    long volBlocks;
    long volBytes;
    long volMounts;
    long volWrites;
    String status;

    public Media(String name, long mediaId, long maxVolJobs, long maxVolBytes, String status, long volBytes) {
      this.name = name;
      this.mediaId = mediaId;
      this.maxVolJobs = maxVolJobs;
      this.maxVolBytes = maxVolBytes;
      this.status = status;
      this.volBytes = volBytes;
    }

    public String status() {
      return status;
    }

    public long volBytes() {
      return volBytes;
    }

    public long volJobs() {
      return volJobs;
    }

    MediaInfoReply reply() {
      return new MediaInfoReply(name, volJobs, 0, volBlocks, volBytes, volMounts, 0, volWrites, maxVolBytes, 0,
          status, 0, maxVolJobs, 0, false, 0, 0, 0, 0, 0, mediaId, "", 0, 0);
    }
  }

  private final BareosConnection connection;
  private final Map<String, Media> media = new LinkedHashMap<>();
  private final List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<CatalogRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
  private String sessionKey;

  public CatalogDirector(BareosConnection connection, List<Media> volumes) {
    this.connection = connection;
    volumes.forEach(m -> media.put(m.name, m));
  }

  public List<String> received() {
    return received;
  }

  public List<CatalogRequest> requests() {
    return requests;
  }

  public String sessionKey() {
    return sessionKey;
  }

  public Media media(String name) {
    return media.get(name);
  }

  /** JobId=, getSecureEraseCmd, the reservation of pool Full on device FileStorage, as the recorded Director does. */
  public void startBackup(int jobId, String job) throws Exception {
    connection.send("JobId=" + jobId + " job=" + job + " job_name=backup-bareos-fd client_name=bareos-fd type=66"
        + " level=70 FileSet=TestSet NoAttr=0 SpoolAttr=0 FileSetMD5=F8+e/0+9Ki+qby/R8H+UIA SpoolData=0"
        + " PreferMountedVols=1 SpoolSize=0 rerunning=0 VolSessionId=0 VolSessionTime=0 Quota=0 Protocol=0"
        + " BackupFormat=Native\n");
    sessionKey = SdJobReply.parse(text(connection.receive(WAIT))).authorization();
    connection.send("getSecureEraseCmd\n");
    assertThat(text(connection.receive(WAIT))).isEqualTo("2000 OK SDSecureEraseCmd *None* \n");
    connection.send("use storage=File media_type=File pool_name=Full pool_type=Backup append=1 copy=0 stripe=0\n");
    connection.send("use device=FileStorage\n");
    connection.signal(Signal.EOD);
    connection.signal(Signal.EOD);
    assertThat(text(connection.receive(WAIT))).contains("Using just in time reservation for job " + jobId);
    assertThat(text(connection.receive(WAIT))).isEqualTo("3000 OK use device device=JustInTime\u0001Device\n");
  }

  /** Sends {@code run} and serves the job until the SD ends the session. */
  public void runAndServe() throws Exception {
    connection.send("run");
    serve();
  }

  /** Answers catalog requests until the SD's final TERMINATE or the end of the connection. */
  public void serve() throws Exception {
    boolean ended = false;
    while (true) {
      Packet packet;
      try {
        packet = connection.receive(WAIT);
      } catch (java.io.EOFException e) {
        return;
      }
      if (packet instanceof Packet.SignalPacket s) {
        received.add("<" + Signal.nameOf(s.value()) + ">");
        if (ended && s.is(Signal.TERMINATE) && received.stream().filter(r -> r.equals("<BNET_TERMINATE>")).count() == 2) {
          return;
        }
        continue;
      }
      byte[] payload = ((Packet.Message) packet).payload();
      String text = new String(payload, StandardCharsets.ISO_8859_1);
      received.add(text);
      if (text.startsWith("3099 ")) {
        ended = true;
      }
      if (text.startsWith("CatReq ")) {
        answer(CatalogRequest.parse(text));
      }
    }
  }

  private void answer(CatalogRequest request) throws Exception {
    requests.add(request);
    switch (request) {
      case FindMediaRequest f -> {
        List<String> unwanted = Arrays.asList(f.unwantedVolumes().split(","));
        Media found = media.values().stream()
            .filter(m -> !unwanted.contains(m.name))
            .filter(m -> List.of("Append", "Unlabeled", "Recycle").contains(m.status))
            .findFirst().orElse(null);
        connection.send(found == null ? DirSdLine.NO_MEDIA.wireText() : found.reply().wireText());
      }
      case GetVolInfoRequest g -> connection.send(media.get(g.volumeName()).reply().wireText());
      case UpdateMediaRequest u -> {
        Media m = media.get(u.volumeName());
        m.volJobs = u.volJobs();
        m.volBlocks = u.volBlocks();
        m.volBytes = u.volBytes();
        m.volMounts = u.volMounts();
        m.volWrites = u.volWrites();
        m.status = u.volStatus();
        if (m.maxVolJobs > 0 && m.volJobs >= m.maxVolJobs && m.status.equals("Append")) {
          m.status = "Used";
        }
        connection.send(m.reply().wireText());
      }
      case CreateJobMediaRequest c -> connection.send(DirSdLine.CREATE_JOB_MEDIA_OK.wireText());
      case DeleteNullJobmediaRequest d -> connection.send(DirSdLine.DELETE_NULL_JOBMEDIA_OK.wireText());
      default -> throw new AssertionError("unexpected catalog request " + request.wireText());
    }
  }

  private static String text(Packet packet) {
    assertThat(packet).isInstanceOf(Packet.Message.class);
    return new String(((Packet.Message) packet).payload(), StandardCharsets.UTF_8);
  }
}
