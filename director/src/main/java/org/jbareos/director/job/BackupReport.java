package org.jbareos.director.job;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.catalog.JobEnd;
import org.jbareos.catalog.JobMediaRecord;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.SdJobReply;

/**
 * What a backup learned while it ran, and its end ({@code dird/backup.cc NativeBackupCleanup}): the final status
 * (the FD's and the SD's, then {@code W} when there were errors), the Job row ({@code UpdateJobEndRecord}), the Write
 * Bootstrap file, and the summary in the job log ({@code GenerateBackupSummary}).
 */
final class BackupReport {
  /** The catalog's time form, as the summary prints the FileSet's creation ({@code 2026-11-22 02:09:08}). */
  private static final DateTimeFormatter CATALOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final JobContext context;
  private JobLevel level;
  private JobResources resources;
  private CatalogResources ids;
  private BackupLevel backupLevel;
  private FileSetWire fileSet;
  private LocalDateTime startTime;
  private SdJobReply session;
  private String clientUname = "";
  private EndJobReport fdEnd;
  private JobEndMessage sdEnd;
  private JobStatus sdStatus;

  BackupReport(JobContext context, JobLevel requested) {
    this.context = context;
    this.level = requested;
  }

  void resolved(JobResources jobResources, CatalogResources catalogIds, BackupLevel resolved, FileSetWire wire) {
    this.resources = jobResources;
    this.ids = catalogIds;
    this.backupLevel = resolved;
    this.level = resolved.level();
    this.fileSet = wire;
  }

  void started(LocalDateTime time) {
    startTime = time;
  }

  LocalDateTime startTime() {
    return startTime;
  }

  void session(SdJobReply reply) {
    session = reply;
  }

  void clientUname(String uname) {
    clientUname = uname;
  }

  void fileDaemonEnd(EndJobReport report) {
    fdEnd = report;
  }

  void storageEnd(JobEndMessage end, JobStatus lastStatus) {
    sdEnd = end;
    sdStatus = lastStatus;
  }

  /** Ends the job: {@code failure} null means both daemons reported their end. */
  JobResult finish(JobFailure failure) {
    LocalDateTime end = context.now();
    if (startTime == null) {
      startTime = end;
    }
    JobStatus status = context.cancellation().isCanceled() ? JobStatus.CANCELED
        : failure != null ? failure.status() : status();
    long files = fdEnd == null ? 0 : fdEnd.jobFiles();
    long bytes = fdEnd == null ? 0 : fdEnd.jobBytes();
    try {
      context.catalog().jobs().updateEnd(context.jobId(), new JobEnd(status, level, end, end, files, bytes,
          fdEnd == null ? 0 : fdEnd.readBytes(), fdEnd == null ? 0 : fdEnd.errors(), 0,
          session == null ? 0 : session.volSessionId(), session == null ? 0 : session.volSessionTime(), 0, 0, 0));
    } catch (RuntimeException e) {
      context.log().error("Catalog error updating the Job record: " + e.getMessage());
      status = JobStatus.ERROR_TERMINATED;
    }
    List<WriteBootstrap.Volume> volumes = volumes();
    if (status.isSuccessful() && bytes > 0 && context.job().writeBootstrap() != null) {
      status = writeBootstrap(volumes, end, status);
    }
    context.log().info(summary(status, volumes, end));
    return new JobResult(context.jobId(), context.uniqueName(), status, level, files, bytes, context.log().lines());
  }

  private JobStatus status() {
    JobStatus fd = JobStatus.fromWireValue(fdEnd.termCode());
    JobStatus sd = JobStatus.fromWireValue(sdEnd.jobStatus());
    JobStatus status = fd != JobStatus.TERMINATED ? fd : sd;
    if (status == JobStatus.TERMINATED && (fdEnd.errors() > 0 || sdEnd.jobErrors() > 0)) {
      status = JobStatus.WARNINGS;
    }
    return status;
  }

  private JobStatus writeBootstrap(List<WriteBootstrap.Volume> volumes, LocalDateTime end, JobStatus status) {
    try {
      WriteBootstrap.write(context.job().writeBootstrap(), resources.client().name(), context.uniqueName(),
          context.job().name(), context.jobId(), level.meaning(), level == JobLevel.FULL, backupLevel.sinceText(),
          session.volSessionId(), session.volSessionTime(), volumes, end);
      return status;
    } catch (IOException e) {
      context.log().error("Could not open WriteBootstrap file:\n" + context.job().writeBootstrap() + ": ERR="
          + e.getMessage());
      return JobStatus.ERROR_TERMINATED;
    }
  }

  private List<WriteBootstrap.Volume> volumes() {
    List<WriteBootstrap.Volume> volumes = new ArrayList<>();
    try {
      for (JobMediaRecord jm : context.catalog().jobMedia().listForJob(context.jobId())) {
        context.catalog().media().findById(jm.mediaId())
            .ifPresent(media -> volumes.add(new WriteBootstrap.Volume(jm, media)));
      }
    } catch (RuntimeException e) {
      context.log().error("Catalog error reading the job's volumes: " + e.getMessage());
    }
    return volumes;
  }

  private String summary(JobStatus status, List<WriteBootstrap.Volume> volumes, LocalDateTime end) {
    Duration elapsed = Duration.between(startTime, end);
    List<String> names = volumes.stream().map(v -> v.media().volumeName()).distinct().toList();
    MediaRecord last = volumes.isEmpty() ? null : volumes.getLast().media();
    long fdBytes = fdEnd == null ? 0 : fdEnd.jobBytes();
    JobSummary s = new JobSummary(context.settings().directorName(), context.settings().release())
        .line("JobId", context.jobId())
        .line("Job", context.uniqueName())
        .line("Backup Level", level.meaning() + (backupLevel == null ? "" : backupLevel.sinceText()));
    if (resources != null) {
      s.line("Client", "\"" + resources.client().name() + "\" " + clientUname)
          .line("FileSet", "\"" + fileSet.name() + "\" " + (ids.fileSetCreateTime() == null ? ""
              : CATALOG_TIME.format(ids.fileSetCreateTime())))
          .line("Pool", "\"" + resources.pool().name() + "\" (From " + resources.poolSource() + ")")
          .line("Storage", "\"" + resources.storage().name() + "\" (From " + resources.storageSource() + ")");
    }
    return s.line("Scheduled time", JobSummary.time(context.schedTime()))
        .line("Start time", JobSummary.time(startTime))
        .line("End time", JobSummary.time(end))
        .line("Elapsed time", JobSummary.elapsed(elapsed))
        .line("Priority", context.job().priority())
        .line("FD Files Written", VolumeLimits.commas(fdEnd == null ? 0 : fdEnd.jobFiles()))
        .line("SD Files Written", VolumeLimits.commas(sdEnd == null ? 0 : sdEnd.jobFiles()))
        .line("FD Bytes Read", JobSummary.bytes(fdEnd == null ? 0 : fdEnd.readBytes()))
        .line("FD Bytes Written", JobSummary.bytes(fdBytes))
        .line("SD Bytes Written", JobSummary.bytes(sdEnd == null ? 0 : sdEnd.jobBytes()))
        .line("Rate", JobSummary.rate(fdBytes, elapsed))
        .line("Software Compression", "None")
        .line("VSS", fdEnd != null && fdEnd.vss() ? "yes" : "no")
        .line("Encryption", fdEnd != null && fdEnd.encrypt() ? "yes" : "no")
        .line("Accurate", context.job().accurate() ? "yes" : "no")
        .line("Volume name(s)", String.join("|", names))
        .line("Volume Session Id", session == null ? 0 : session.volSessionId())
        .line("Volume Session Time", session == null ? 0 : session.volSessionTime())
        .line("Last Volume Bytes", JobSummary.bytes(last == null ? 0 : last.volBytes()))
        .line("Non-fatal FD errors", fdEnd == null ? 0 : fdEnd.errors())
        .line("SD Errors", sdEnd == null ? 0 : sdEnd.jobErrors())
        .line("FD termination status", termination(fdEnd == null ? null : JobStatus.fromWireValue(fdEnd.termCode())))
        .line("SD termination status", termination(sdEnd == null ? sdStatus : JobStatus.fromWireValue(sdEnd.jobStatus())))
        .line("Job triggered by", context.triggeredBy())
        .line("Termination", switch (status) {
          case TERMINATED -> "Backup OK";
          case WARNINGS -> "Backup OK -- with warnings";
          case INCOMPLETE -> "Backup failed -- incomplete";
          case CANCELED -> "Backup Canceled";
          default -> "*** Backup Error ***";
        })
        .text();
  }

  /** {@code jobstatus_to_ascii}: {@code OK}, {@code Error}, {@code Fatal Error}, ... */
  static String termination(JobStatus status) {
    if (status == null) {
      return "Waiting on FD";
    }
    return switch (status) {
      case TERMINATED -> "OK";
      case WARNINGS -> "OK -- with warnings";
      case FATAL_ERROR, ERROR_TERMINATED -> "Error";
      case ERROR -> "Non-fatal error";
      case CANCELED -> "Canceled";
      case INCOMPLETE -> "Incomplete job";
      default -> status.meaning();
    };
  }
}
