package org.jbareos.storage.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbareos.net.BareosConnection;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.ReservationRequest;

/**
 * One job in the Storage Daemon (the SD's {@code JobControlRecord}): created by the Director's {@code JobId=}
 * command, reached by the File Daemon with its session key, ended by {@code 3099 Job ... end}.
 *
 * <p>Typical transitions of {@link #status()} (PROTOCOL.md §10): Created &rarr; WaitFD (70, on {@code run}) &rarr;
 * Running (82, File Daemon connected) &rarr; [WaitSD (83) &rarr; Running while a device is acquired] &rarr;
 * Terminated (84) or ErrorTerminated (69).
 *
 * <p>The File Daemon's connection is handed over once ({@link #attachFileDaemon}); a second one is refused, as
 * {@code stored/fd_cmds.cc:HandleFiledConnection} refuses a job that is already authenticated.
 */
public final class SdJob {
  private final SdJobCommand command;
  private final long volSessionId;
  private final long volSessionTime;
  private final String sessionKey;
  private final CompletableFuture<BareosConnection> fileDaemon = new CompletableFuture<>();
  private final CompletableFuture<Void> fileDaemonReleased = new CompletableFuture<>();
  private volatile JobStatus status = JobStatus.CREATED;
  private volatile ReservationRequest reservation;
  private volatile Device readDevice;
  private volatile Bootstrap bootstrap;
  private volatile long jobFiles;
  private volatile long jobBytes;
  private volatile long jobErrors;

  SdJob(SdJobCommand command, long volSessionId, long volSessionTime, String sessionKey) {
    this.command = Objects.requireNonNull(command, "command");
    this.volSessionId = volSessionId;
    this.volSessionTime = volSessionTime;
    this.sessionKey = Objects.requireNonNull(sessionKey, "sessionKey");
  }

  /** The Director's job command. */
  public SdJobCommand command() {
    return command;
  }

  public long jobId() {
    return command.jobId();
  }

  /** The unique job name ({@code job=}). */
  public String job() {
    return command.job();
  }

  public long volSessionId() {
    return volSessionId;
  }

  public long volSessionTime() {
    return volSessionTime;
  }

  /** The key the File Daemon authenticates with ({@code Authorization=}). */
  public String sessionKey() {
    return sessionKey;
  }

  public JobStatus status() {
    return status;
  }

  /**
   * Sets the status unless the job already ended in error: an error status is not overwritten by a better one
   * ({@code setJobStatusWithPriorityCheck}).
   */
  public void setStatus(JobStatus next) {
    if (status == JobStatus.ERROR_TERMINATED || status == JobStatus.FATAL_ERROR || status == JobStatus.CANCELED) {
      return;
    }
    status = next;
  }

  public Optional<ReservationRequest> reservation() {
    return Optional.ofNullable(reservation);
  }

  public void setReservation(ReservationRequest request) {
    this.reservation = request;
  }

  /** The device reserved for reading (append devices are reserved just in time). */
  public Optional<Device> readDevice() {
    return Optional.ofNullable(readDevice);
  }

  public void setReadDevice(Device device) {
    this.readDevice = device;
  }

  public Optional<Bootstrap> bootstrap() {
    return Optional.ofNullable(bootstrap);
  }

  public void setBootstrap(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  public long jobFiles() {
    return jobFiles;
  }

  public long jobBytes() {
    return jobBytes;
  }

  public long jobErrors() {
    return jobErrors;
  }

  public void setTotals(long files, long bytes) {
    this.jobFiles = files;
    this.jobBytes = bytes;
  }

  public synchronized void countError() {
    jobErrors++;
  }

  /** True once a File Daemon connection was handed to the job. */
  public boolean fileDaemonAttached() {
    return fileDaemon.isDone();
  }

  /** Hands the authenticated File Daemon connection to the job; false if the job already has one. */
  boolean attachFileDaemon(BareosConnection connection) {
    return fileDaemon.complete(connection);
  }

  /**
   * Waits for the File Daemon ({@code stored/job.cc:WaitFD}, {@code Client Connect Wait}).
   *
   * @return the connection, empty on timeout
   */
  public Optional<BareosConnection> awaitFileDaemon(Duration wait) throws InterruptedException {
    try {
      return Optional.of(fileDaemon.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException | CancellationException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the File Daemon future never fails", e);
    }
  }

  /** True once the Director canceled the job. */
  public boolean isCanceled() {
    return status == JobStatus.CANCELED;
  }

  /**
   * Cancels the job ({@code stored/dir_cmd.cc:CancelCmd}): status Canceled; a job still waiting for its File Daemon
   * stops waiting; the connection of a File Daemon that is there is closed, which ends its dialog.
   */
  void cancel() {
    JobStatus before = status;
    if (before == JobStatus.TERMINATED || before == JobStatus.ERROR_TERMINATED) {
      return;
    }
    status = JobStatus.CANCELED;
    if (!fileDaemon.cancel(false)) {
      try {
        fileDaemon.join().close();
      } catch (java.io.IOException | RuntimeException e) {
        // Closing is all cancel does to the connection; a connection that fails to close is gone anyway.
      }
    }
  }

  /** The job is done with its File Daemon connection (or ended without using it). */
  void releaseFileDaemon() {
    fileDaemonReleased.complete(null);
  }

  /**
   * Waits until the job is done with the File Daemon connection it was handed: the connection's own thread must not
   * close it before ({@link StorageDaemonSessions}).
   */
  public void awaitFileDaemonReleased() throws InterruptedException {
    try {
      fileDaemonReleased.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the release future never fails", e);
    }
  }

  @Override
  public String toString() {
    return "SdJob[" + command.job() + ", JobId=" + command.jobId() + ", " + status + "]";
  }
}
