package org.jbareos.director.job;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.JobStart;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.UseDeviceReply;
import org.jbareos.protocol.dirsd.UseStorageCommand;

/**
 * A native backup in Bareos 26's order (PROTOCOL.md §5.3; {@code dird/backup.cc DoNativeBackup}, seed 002 "Backup of a
 * Single File"): SD job, secure erase query; FD job, level (+ since time), fileset, secure erase; SD reservation
 * (catalog requests served on the way); FD {@code storage}; SD {@code run} and the SD message thread; FD {@code
 * backup}; the FD's {@code 2800 End Job} and the SD's {@code 3099 Job ... end}; then the Job row, the file records,
 * the Write Bootstrap file and the summary ({@link BackupReport}).
 */
final class BackupJob {
  /** How long the SD may take to end a job by itself after the FD failed (it notices a dead FD at once). */
  private static final Duration STORAGE_END_AFTER_CLIENT_FAILURE = Duration.ofSeconds(30);

  private final JobContext context;
  private final JobLevel requested;
  private final ResourceOverrides overrides;

  BackupJob(JobContext context, JobLevel requested, ResourceOverrides overrides) {
    this.context = context;
    this.requested = requested;
    this.overrides = overrides;
  }

  JobResult run() {
    CatalogDatabase catalog = context.catalog();
    JobLog log = context.log();
    BackupReport report = new BackupReport(context, requested);
    FileAttributeBatch attributes = new FileAttributeBatch(catalog, context.jobId());
    StorageDaemonSession sd = null;
    FileDaemonSession fd = null;
    FutureTask<JobEndMessage> sdThread = null;
    AtomicReference<JobFailure> storageFailedFirst = new AtomicReference<>();
    try {
      JobResources resources = JobResources.resolve(context.config(), context.job(), requested, overrides);
      FileSetWire fileSet = FileSetWire.of(resources.fileSet());
      CatalogResources ids = CatalogResources.of(catalog, resources, fileSet, context.now());
      BackupLevel level = BackupLevel.resolve(catalog, context.job().name(), requested, ids.clientId(),
          ids.fileSetId(), log);
      if (level.level() != requested) {
        resources = JobResources.resolve(context.config(), context.job(), level.level(), overrides);
        ids = CatalogResources.of(catalog, resources, fileSet, context.now());
      }
      report.resolved(resources, ids, level, fileSet);
      report.started(context.now());
      catalog.jobs().updateStart(context.jobId(), new JobStart(JobStatus.RUNNING, level.level(), report.startTime(),
          report.startTime().atZone(context.settings().clock().getZone()).toEpochSecond(), ids.clientId(),
          ids.poolId(), ids.fileSetId()));
      log.info("Start Backup JobId " + context.jobId() + ", Job=" + context.uniqueName());

      sd = StorageDaemonSession.connect(context.settings(), resources.storage());
      context.cancellation().storageDaemon(sd, resources.storage().name());
      log.info("Connected Storage daemon at " + sd.describe());
      log.info(sd.cipherMessage());
      SdJobReply session = sd.startJob(new SdJobCommand((int) context.jobId(), context.uniqueName(),
          context.job().name(), resources.client().name(), JobType.BACKUP.wireValue(), level.level().wireValue(),
          resources.fileSet().name(), !resources.pool().useCatalog(), false, fileSet.md5(), false, true, 0, false, 0,
          0, 0, 0, SdJobCommand.NATIVE));
      report.session(session);
      sd.secureEraseCommand();

      fd = FileDaemonSession.connect(context.settings(), context.handshakes(), resources.client(), log);
      context.cancellation().fileDaemon(fd);
      boolean tlsFirst = resources.client().tls().enable();
      String uname = fd.startJob(new FdJobCommand(context.jobId(), context.uniqueName(), session.volSessionId(),
          session.volSessionTime(), session.authorization(),
          tlsFirst ? storageSsl(resources) : null));
      catalog.clients().updateUname(ids.clientId(), uname);
      report.clientUname(uname);
      sendLevel(fd, level);
      fd.fileset(fileSet);
      fd.secureEraseCommand();
      fd.runScripts(ClientRunScripts.of(context.job().runScripts()));
      Optional<AccurateList> accurate = AccurateList.of(catalog, context, resources, level.level(),
          ids.clientId(), ids.fileSetId(), report.startTime());
      if (accurate.isPresent()) {
        log.info("Sending Accurate information (estimated " + accurate.get().announced() + " files).");
        long started = System.nanoTime();
        AccurateList.Sent sent = fd.accurate(accurate.get(), catalog);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        // dird/backup.cc SendAccurateCurrentFiles, the time as timer::format_human_readable prints it
        log.info(String.format(Locale.ROOT,
            "Sent Accurate information for %d files (skipping %d deleted files) in %02d:%02d:%02d.", sent.sent(),
            sent.discarded(), seconds / 3600, seconds / 60 % 60, seconds % 60));
      }

      CatalogRequestHandler catalogRequests = new CatalogRequestHandler(catalog, log, context.settings().clock(),
          new CatalogRequestHandler.Job(context.jobId(), ids.poolId(), resources.storage().mediaType(),
              ids.storageId(), report.startTime()), attributes);
      StorageMessageDispatcher messages = new StorageMessageDispatcher(log, catalogRequests, attributes);
      sd.dispatchTo(messages);
      UseDeviceReply device = sd.reserve(new UseStorageCommand(resources.storage().name(),
          resources.storage().mediaType(), resources.pool().name(), resources.pool().poolType(), true, 0, 0),
          resources.storage().devices());
      log.info("Using Device \"" + device.device() + "\" to write.");
      fd.storage(new StorageCommand(resources.storage().address(), resources.storage().port(),
          storageSsl(resources), null));
      sd.run();
      StorageDaemonSession running = sd;
      FileDaemonSession client = fd;
      sdThread = new FutureTask<>(() -> {
        try {
          return running.awaitEnd();
        } catch (JobFailure e) {
          storageFailedFirst.compareAndSet(null, e);
          client.close(); // the FD wait below ends too, as Bareos cancels the job when the SD line drops
          throw e;
        }
      });
      Thread.ofVirtual().name("SD messages " + context.uniqueName()).start(sdThread);
      fd.backup(0);
      EndJobReport fdEnd = fd.awaitEndJob("Backup");
      report.fileDaemonEnd(fdEnd);
      JobEndMessage sdEnd = awaitStorage(sdThread);
      report.storageEnd(sdEnd, messages.storageStatus());
      if (catalogRequests.failure().isPresent()) {
        throw JobFailure.fatal(catalogRequests.failure().get());
      }
      log.info("Insert of attributes batch table with " + attributes.pending() + " entries start");
      attributes.commit();
      log.info("Insert of attributes batch table done");
      return report.finish(null);
    } catch (JobFailure e) {
      JobFailure first = storageFailedFirst.get();
      if (first == null) {
        awaitStorageAfterClientFailure(report, fd, sdThread);
      }
      return fail(report, attributes, sd, fd, sdThread, first != null ? first : e);
    } catch (RuntimeException e) {
      return fail(report, attributes, sd, fd, sdThread,
          JobFailure.fatal("Catalog error: " + e.getMessage(), e));
    } finally {
      if (fd != null) {
        fd.close();
      }
      if (sd != null) {
        sd.close();
      }
    }
  }

  /**
   * The FD failed (it died, hung up or answered wrongly) while the SD was set to receive its data: as Bareos waits
   * for the SD's termination, the SD gets a bounded time to notice the FD is gone and end the job itself, so that
   * its own fatal message ({@code Network error reading from FD}) reaches the job log and its status the summary
   * instead of being cut off by our hang-up. Hanging up on the FD first ends its SD connection too when it is still
   * alive.
   */
  private static void awaitStorageAfterClientFailure(BackupReport report, FileDaemonSession fd,
      FutureTask<JobEndMessage> sdThread) {
    if (sdThread == null) {
      return;
    }
    if (fd != null) {
      fd.close();
    }
    try {
      JobEndMessage sdEnd = sdThread.get(STORAGE_END_AFTER_CLIENT_FAILURE.toMillis(), TimeUnit.MILLISECONDS);
      report.storageEnd(sdEnd, null);
    } catch (TimeoutException | ExecutionException e) {
      // the SD did not end by itself (or failed in turn): the hang-up below ends it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JobResult fail(BackupReport report, FileAttributeBatch attributes, StorageDaemonSession sd,
      FileDaemonSession fd, FutureTask<JobEndMessage> sdThread, JobFailure cause) {
    JobFailure failure = cause;
    if (context.cancellation().isCanceled()) {
      // the cancel cut the daemon connections; Bareos reports no errors for a canceled job, only its summary
      failure = new JobFailure(JobStatus.CANCELED, "canceled", cause);
    } else {
      context.log().fatal(failure.getMessage());
    }
    JobConnections.close(fd, sd, sdThread);
    try {
      attributes.abandon();
    } catch (RuntimeException e) {
      context.log().error("Could not drop the file records of the failed job: " + e.getMessage());
    }
    return report.finish(failure);
  }

  private static JobEndMessage awaitStorage(FutureTask<JobEndMessage> sdThread) throws JobFailure {
    try {
      return sdThread.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw JobFailure.fatal("Interrupted while waiting for the Storage daemon.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof JobFailure failure) {
        throw failure;
      }
      throw JobFailure.fatal("Storage daemon message thread failed: " + e.getCause(), e.getCause());
    }
  }

  /** {@code level = <level>  mtime_only=0 \n}, and for Incremental/Differential the since time dialog. */
  private void sendLevel(FileDaemonSession fd, BackupLevel level) throws JobFailure {
    String word = switch (level.level()) {
      case FULL -> LevelCommand.Base.FULL;
      case INCREMENTAL -> LevelCommand.Base.INCREMENTAL;
      case DIFFERENTIAL -> LevelCommand.Base.DIFFERENTIAL;
      case BASE -> LevelCommand.Base.BASE;
      default -> throw JobFailure.fatal("Unimplemented backup level " + level.level().meaning());
    };
    boolean accurate = context.job().accurate()
        && (level.level() == JobLevel.INCREMENTAL || level.level() == JobLevel.DIFFERENTIAL);
    LevelCommand.Base base = new LevelCommand.Base(word, accurate, false, 0);
    if (level.since().isEmpty()) {
      fd.level(base);
      return;
    }
    fd.level(base, new LevelCommand.SinceTime(level.sinceUtime(context.settings().clock().getZone()), 0,
        level.since().get().job()), context.settings().clock());
  }

  /** The {@code ssl=} for the FD→SD link: {@code 4} (TLS at once) when the Storage resource enables TLS, else 0. */
  private static int storageSsl(JobResources resources) {
    return resources.storage().tls().enable() ? TlsPolicy.WIRE_AUTO : 0;
  }
}
