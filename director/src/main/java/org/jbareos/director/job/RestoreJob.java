package org.jbareos.director.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.JobEnd;
import org.jbareos.catalog.JobStart;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.RestoreCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.UseDeviceReply;
import org.jbareos.protocol.dirsd.UseStorageCommand;

/**
 * A native restore (PROTOCOL.md §5.5; {@code dird/restore.cc DoNativeRestoreBootstrap}, seed 002 "Restore of a Single
 * File", restore.txt): SD job ({@code type=82 level=32}), secure erase, reservation to read; FD job and secure erase;
 * the bootstrap to the SD; SD {@code run}; FD {@code storage ... Authorization=}; FD {@code restore replace=...
 * where=...}; the FD's {@code 2000 OK storage end} and the SD's {@code 3099}; {@code endrestore} and the FD's {@code
 * 2800 End Job}.
 */
final class RestoreJob {
  private final JobContext context;
  private final JobRequest.Restore request;

  RestoreJob(JobContext context, JobRequest.Restore request) {
    this.context = context;
    this.request = request;
  }

  JobResult run() {
    CatalogDatabase catalog = context.catalog();
    JobLog log = context.log();
    LocalDateTime start = context.now();
    RestoreReport report = new RestoreReport(context, start);
    StorageDaemonSession sd = null;
    FileDaemonSession fd = null;
    AtomicReference<JobFailure> storageFailedFirst = new AtomicReference<>();
    FutureTask<JobEndMessage> sdThread = null;
    StorageConnectAhead sdAhead = null;
    try {
      ResourceOverrides overrides = request.overrides();
      if (overrides.storage().isEmpty()) {
        overrides = new ResourceOverrides(overrides.client(), overrides.pool(),
            RestoreStorage.of(catalog, context.config(), request.jobIds()), overrides.fileSet());
      }
      JobResources resources = JobResources.resolve(context.config(), context.job(), JobLevel.NONE, overrides);
      // the SD connection opens while the catalog work below runs; its outcome is taken where the job connected
      sdAhead = StorageConnectAhead.start(context.settings(), resources.storage(), context.uniqueName());
      FileSetWire fileSet = FileSetWire.of(resources.fileSet());
      CatalogResources ids = CatalogResources.of(catalog, resources, fileSet, start);
      Bootstrap bootstrap = new BootstrapBuilder(catalog).build(request.jobIds(), request.files(),
          resources.storage().name(), resources.storage().devices().getFirst());
      report.expected(bootstrap.volumes().stream().mapToLong(v -> v.count()).sum());
      catalog.jobs().updateStart(context.jobId(), new JobStart(JobStatus.RUNNING, JobLevel.NONE, start,
          start.atZone(context.settings().clock().getZone()).toEpochSecond(), ids.clientId(), ids.poolId(),
          ids.fileSetId()));
      log.info("Start Restore Job " + context.uniqueName());

      sd = sdAhead.await();
      context.cancellation().storageDaemon(sd, resources.storage().name());
      log.info("Connected Storage daemon at " + sd.describe());
      log.info(sd.cipherMessage());
      SdJobReply session = sd.startJob(new SdJobCommand((int) context.jobId(), context.uniqueName(),
          context.job().name(), resources.client().name(), JobType.RESTORE.wireValue(), JobLevel.NONE.wireValue(),
          resources.fileSet().name(), !resources.pool().useCatalog(), false, fileSet.md5(), false, true, 0, false, 0,
          0, 0, 0, SdJobCommand.NATIVE));
      sd.secureEraseCommand();
      FileAttributeBatch noAttributes = new FileAttributeBatch(catalog, context.jobId());
      CatalogRequestHandler catalogRequests = new CatalogRequestHandler(catalog, log, context.settings().clock(),
          new CatalogRequestHandler.Job(context.jobId(), ids.poolId(), resources.storage().mediaType(),
              ids.storageId(), start), noAttributes);
      sd.dispatchTo(new StorageMessageDispatcher(log, catalogRequests, noAttributes));
      UseDeviceReply device = sd.reserve(new UseStorageCommand(resources.storage().name(),
          resources.storage().mediaType(), resources.pool().name(), resources.pool().poolType(), false, 0, 0),
          resources.storage().devices());
      log.info("Using Device \"" + device.device() + "\" to read.");

      fd = FileDaemonSession.connect(context.settings(), context.handshakes(), resources.client(), log);
      context.cancellation().fileDaemon(fd);
      int ssl = resources.storage().tls().enable() ? TlsPolicy.WIRE_AUTO : 0;
      String uname = fd.startJob(new FdJobCommand(context.jobId(), context.uniqueName(), session.volSessionId(),
          session.volSessionTime(), session.authorization(), resources.client().tls().enable() ? ssl : null));
      report.client(resources.client().name(), uname);
      fd.secureEraseCommand();

      sd.sendBootstrap(bootstrap.lines());
      sd.run();
      StorageDaemonSession running = sd;
      FileDaemonSession client = fd;
      sdThread = new FutureTask<>(() -> {
        try {
          return running.awaitEnd();
        } catch (JobFailure e) {
          storageFailedFirst.compareAndSet(null, e);
          client.close(); // the FD waits for the end of the data otherwise
          throw e;
        }
      });
      Thread.ofVirtual().name("SD messages " + context.uniqueName()).start(sdThread);
      fd.storage(new StorageCommand(resources.storage().address(), resources.storage().port(), ssl,
          session.authorization()));
      fd.runScripts(ClientRunScripts.of(context.job().runScripts()));
      fd.restore(new RestoreCommand(replace(), false, where(), false));
      fd.awaitStorageEnd();
      JobEndMessage sdEnd = awaitStorage(sdThread, sd);
      EndJobReport fdEnd = fd.endRestore();
      if (catalogRequests.failure().isPresent()) {
        throw JobFailure.fatal(catalogRequests.failure().get());
      }
      return report.finish(fdEnd, sdEnd, null);
    } catch (JobFailure e) {
      JobFailure first = storageFailedFirst.get() != null ? storageFailedFirst.get() : e;
      JobConnections.close(fd, sd, sdThread);
      if (!context.cancellation().isCanceled()) {
        log.fatal(first.getMessage());
      }
      return report.finish(null, null, first);
    } catch (RuntimeException e) {
      JobConnections.close(fd, sd, sdThread);
      log.fatal("Catalog error: " + e.getMessage());
      return report.finish(null, null, JobFailure.fatal(e.getMessage(), e));
    } finally {
      if (sdAhead != null) {
        sdAhead.discard();
      }
      if (fd != null) {
        fd.close();
      }
      if (sd != null) {
        sd.close();
      }
    }
  }

  private static JobEndMessage awaitStorage(FutureTask<JobEndMessage> sdThread, StorageDaemonSession sd)
      throws JobFailure {
    try {
      return sdThread.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sd.close();
      throw JobFailure.fatal("Interrupted while waiting for the Storage daemon.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof JobFailure failure) {
        throw failure;
      }
      throw JobFailure.fatal("Storage daemon message thread failed: " + e.getCause(), e.getCause());
    }
  }

  private String where() {
    return request.where().orElseGet(() -> context.job().where() == null ? "" : context.job().where());
  }

  /** {@code Replace = always|ifnewer|ifolder|never} as {@code a|w|o|n} (default always). */
  private char replace() {
    if (request.replace().isPresent()) {
      return request.replace().get();
    }
    String replace = context.job().replace();
    if (replace == null) {
      return 'a';
    }
    return switch (replace.toLowerCase(Locale.ROOT)) {
      case "ifnewer" -> 'w';
      case "ifolder" -> 'o';
      case "never" -> 'n';
      default -> 'a';
    };
  }

  /** The end of a restore: the Job row and the summary ({@code dird/restore.cc GenerateRestoreSummary}). */
  private static final class RestoreReport {
    private final JobContext context;
    private final LocalDateTime start;
    private long expected;
    private String client = "";

    RestoreReport(JobContext context, LocalDateTime start) {
      this.context = context;
      this.start = start;
    }

    void expected(long files) {
      expected = files;
    }

    void client(String name, String uname) {
      client = "\"" + name + "\" " + uname;
    }

    JobResult finish(EndJobReport fd, JobEndMessage sd, JobFailure failure) {
      LocalDateTime end = context.now();
      JobStatus status;
      if (context.cancellation().isCanceled()) {
        status = JobStatus.CANCELED;
      } else if (failure != null) {
        status = failure.status();
      } else {
        JobStatus fdStatus = JobStatus.fromWireValue(fd.termCode());
        status = fdStatus != JobStatus.TERMINATED ? fdStatus : JobStatus.fromWireValue(sd.jobStatus());
        if (status == JobStatus.TERMINATED && fd.errors() > 0) {
          status = JobStatus.WARNINGS;
        }
      }
      long files = fd == null ? 0 : fd.jobFiles();
      long bytes = fd == null ? 0 : fd.jobBytes();
      try {
        context.catalog().jobs().updateEnd(context.jobId(), new JobEnd(status, JobLevel.NONE, end, end, files, bytes,
            fd == null ? 0 : fd.readBytes(), fd == null ? 0 : fd.errors(), 0, 0, 0, 0, 0, 0));
      } catch (RuntimeException e) {
        context.log().error("Catalog error updating the Job record: " + e.getMessage());
        status = JobStatus.ERROR_TERMINATED;
      }
      Duration elapsed = Duration.between(start, end);
      context.log().info(new JobSummary(context.settings().directorName(), context.settings().release())
          .line("JobId", context.jobId())
          .line("Job", context.uniqueName())
          .line("Restore Client", client)
          .line("Start time", JobSummary.time(start))
          .line("End time", JobSummary.time(end))
          .line("Elapsed time", JobSummary.elapsed(elapsed))
          .line("Files Expected", VolumeLimits.commas(expected))
          .line("Files Restored", VolumeLimits.commas(files))
          .line("Bytes Restored", VolumeLimits.commas(bytes))
          .line("Rate", JobSummary.rate(bytes, elapsed))
          .line("FD Errors", fd == null ? 0 : fd.errors())
          .line("FD termination status", BackupReport.termination(fd == null ? null
              : JobStatus.fromWireValue(fd.termCode())))
          .line("SD termination status", BackupReport.termination(sd == null ? null
              : JobStatus.fromWireValue(sd.jobStatus())))
          .line("Job triggered by", context.triggeredBy())
          .line("Termination", switch (status) {
            case TERMINATED -> files == expected ? "Restore OK" : "Restore OK -- warning file count mismatch";
            case WARNINGS -> "Restore OK -- with warnings";
            case CANCELED -> "Restore Canceled";
            default -> "*** Restore Error ***";
          })
          .text());
      return new JobResult(context.jobId(), context.uniqueName(), status, JobLevel.NONE, files, bytes,
          context.log().lines());
    }
  }
}
