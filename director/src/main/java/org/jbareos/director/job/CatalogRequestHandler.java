package org.jbareos.director.job;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.catalog.PoolRecord;
import org.jbareos.catalog.VolumeUpdate;
import org.jbareos.protocol.dirsd.CatalogErrorReply;
import org.jbareos.protocol.dirsd.CatalogRequest;
import org.jbareos.protocol.dirsd.CreateJobMediaRequest;
import org.jbareos.protocol.dirsd.DeleteNullJobmediaRequest;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.FindMediaRequest;
import org.jbareos.protocol.dirsd.GetVolInfoRequest;
import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.protocol.dirsd.UpdateFileListRequest;
import org.jbareos.protocol.dirsd.UpdateJobRecordRequest;
import org.jbareos.protocol.dirsd.UpdateMediaRequest;

/**
 * Answers the SD's catalog requests of one job ({@code dird/catreq.cc CatalogRequest}, PROTOCOL.md §6.2): {@code
 * FindMedia} (the next volume to write), {@code GetVolInfo}, {@code UpdateMedia} (answered with the 24-field media
 * record), {@code CreateJobMedia}, {@code DeleteNullJobmediaRecords}, and the {@code Catreq} updates that are answered
 * only on error. A catalog failure is answered with the error line Bareos sends and recorded as a fatal job error.
 */
final class CatalogRequestHandler {

  /** The job the requests belong to. */
  record Job(long jobId, long poolId, String mediaType, long storageId, LocalDateTime startTime) {}

  private final CatalogDatabase catalog;
  private final JobLog log;
  private final Clock clock;
  private final Job job;
  private final FileAttributeBatch attributes;
  private final NextVolume nextVolume;
  private volatile String failure;

  CatalogRequestHandler(CatalogDatabase catalog, JobLog log, Clock clock, Job job, FileAttributeBatch attributes) {
    this.catalog = catalog;
    this.log = log;
    this.clock = clock;
    this.job = job;
    this.attributes = attributes;
    this.nextVolume = new NextVolume(catalog, log);
  }

  /** The first catalog error of the job, if any: the job then ends in error. */
  Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** The answer frame, or null for requests that are answered only on error and went well. */
  String answer(CatalogRequest request) {
    try {
      return switch (request) {
        case FindMediaRequest find -> findMedia(find);
        case GetVolInfoRequest info -> volumeInfo(info);
        case UpdateMediaRequest update -> updateMedia(update);
        case CreateJobMediaRequest create -> createJobMedia(create);
        case DeleteNullJobmediaRequest delete -> {
          catalog.jobMedia().deleteNullRecords(delete.jobId());
          yield DirSdLine.DELETE_NULL_JOBMEDIA_OK.wireText();
        }
        case UpdateFileListRequest ignored -> {
          attributes.flush();
          yield null;
        }
        case UpdateJobRecordRequest update -> {
          catalog.jobs().updateCounters(job.jobId(), update.jobFiles(), update.jobBytes());
          yield null;
        }
      };
    } catch (RuntimeException e) {
      String message = "Catalog error answering the Storage daemon's " + request.getClass().getSimpleName() + ": "
          + e.getMessage();
      fail(message);
      return switch (request) {
        case FindMediaRequest find -> DirSdLine.NO_MEDIA.wireText();
        case GetVolInfoRequest info -> CatalogErrorReply.requestFailed(info.volumeName(), e.getMessage()).wireText();
        case UpdateMediaRequest update -> DirSdLine.UPDATE_MEDIA_ERROR.wireText();
        case CreateJobMediaRequest create -> DirSdLine.CREATE_JOB_MEDIA_ERROR.wireText();
        case DeleteNullJobmediaRequest delete -> DirSdLine.DELETE_NULL_JOBMEDIA_ERROR.wireText();
        case UpdateFileListRequest list -> DirSdLine.UPDATE_FILE_LIST_ERROR.wireText();
        case UpdateJobRecordRequest update -> DirSdLine.UPDATE_JOB_RECORD_ERROR.wireText();
      };
    }
  }

  /** Records a fatal catalog error of this job (the first one wins). */
  void fail(String message) {
    if (failure == null) {
      failure = message;
      log.fatal(message);
    }
  }

  private String findMedia(FindMediaRequest find) {
    Optional<PoolRecord> pool = catalog.pools().findByName(find.poolName());
    if (pool.isEmpty()) {
      return DirSdLine.NO_MEDIA.wireText();
    }
    List<String> unwanted = find.unwantedVolumes().isEmpty() ? List.of()
        : Arrays.asList(find.unwantedVolumes().split(","));
    return nextVolume.find(pool.get().poolId(), job.mediaType(), job.storageId(), unwanted, now())
        .map(mr -> reply(mr).wireText())
        .orElse(DirSdLine.NO_MEDIA.wireText());
  }

  private String volumeInfo(GetVolInfoRequest info) {
    Optional<MediaRecord> found = catalog.media().findByName(info.volumeName());
    if (found.isEmpty()) {
      return CatalogErrorReply.volumeNotInCatalog(info.volumeName()).wireText();
    }
    MediaRecord mr = found.get();
    String reason = null;
    if (info.write()) {
      if (mr.poolId() != job.poolId()) {
        reason = "not in Pool";
      } else if (!mr.mediaType().equals(job.mediaType())) {
        reason = "not correct MediaType";
      } else {
        Optional<VolumeLimits> limits = VolumeLimits.check(mr, now());
        if (limits.isPresent()) {
          log.info(limits.get().message());
          catalog.media().updateStatus(mr.volumeName(), limits.get().newStatus());
          reason = "volume has expired";
          mr = catalog.media().findByName(mr.volumeName()).orElse(mr);
        } else if (!List.of("Append", "Recycle", "Purged", "Unlabeled").contains(mr.volStatus())) {
          reason = "not Append, Purged or Recycle";
        }
      }
    }
    if (reason == null && mr.enabled() != 1) {
      reason = "is not Enabled";
    }
    if (reason != null) {
      return CatalogErrorReply.volumeStatus(mr.volumeName(), mr.volStatus(), reason).wireText();
    }
    return reply(mr).wireText();
  }

  private String updateMedia(UpdateMediaRequest u) {
    VolumeUpdate update = new VolumeUpdate(u.volumeName(), u.volJobs(), u.volFiles(), u.volBlocks(), u.volBytes(),
        u.volMounts(), u.volErrors(), u.volWrites(), u.maxVolBytes(), u.endTime(), u.volStatus(), u.slot(),
        u.relabel(), u.inChanger() ? 1 : 0, u.volReadTime(), u.volWriteTime(), u.volFirstWritten());
    Optional<MediaRecord> updated =
        catalog.media().updateFromStorage(update, job.startTime(), OptionalLong.of(job.storageId()));
    if (updated.isEmpty()) {
      log.error("Unable to get Media record for Volume " + u.volumeName() + ": ERR=not in catalog");
      return CatalogErrorReply.requestFailed(u.volumeName(), "Volume not in catalog\n").wireText();
    }
    MediaRecord mr = updated.get();
    Optional<VolumeLimits> limits = VolumeLimits.check(mr, now());
    if (limits.isPresent()) {
      log.info(limits.get().message());
      catalog.media().updateStatus(mr.volumeName(), limits.get().newStatus());
      mr = catalog.media().findByName(mr.volumeName()).orElse(mr);
    }
    return reply(mr).wireText();
  }

  private String createJobMedia(CreateJobMediaRequest c) {
    catalog.jobMedia().create(job.jobId(), c.mediaId(), c.firstIndex(), c.lastIndex(), c.startFile(), c.endFile(),
        c.startBlock(), c.endBlock(), 0);
    return DirSdLine.CREATE_JOB_MEDIA_OK.wireText();
  }

  /** {@code SendVolumeInfoToStorageDaemon}: the 24 fields of the media record. */
  static MediaInfoReply reply(MediaRecord mr) {
    return new MediaInfoReply(mr.volumeName(), mr.volJobs(), mr.volFiles(), mr.volBlocks(), mr.volBytes(),
        mr.volMounts(), mr.volErrors(), mr.volWrites(), mr.maxVolBytes(), mr.volCapacityBytes(), mr.volStatus(),
        (int) mr.slot(), mr.maxVolJobs(), mr.maxVolFiles(), mr.inChanger() != 0, mr.volReadTime(),
        mr.volWriteTime(), mr.endFile(), mr.endBlock(), mr.labelType(), mr.mediaId(),
        mr.encryptionKey() == null ? "" : mr.encryptionKey(), mr.minBlockSize(), mr.maxBlockSize());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
