package org.jbareos.director.job;

import java.util.Objects;
import org.jbareos.protocol.JobStatus;

/**
 * Why a job could not go on: the status it ends with ({@code f} fatal error, {@code E} error, as Bareos's {@code
 * JobStatus} codes in PROTOCOL.md §10) and the text the job log gets ({@code Fatal error: ...}).
 */
public final class JobFailure extends Exception {
  private final JobStatus status;

  public JobFailure(JobStatus status, String message) {
    super(message);
    this.status = Objects.requireNonNull(status, "status");
  }

  public JobFailure(JobStatus status, String message, Throwable cause) {
    super(message, cause);
    this.status = Objects.requireNonNull(status, "status");
  }

  /** A fatal error ({@code f}), the status Bareos sets when a daemon or the catalog fails mid-job. */
  public static JobFailure fatal(String message) {
    return new JobFailure(JobStatus.FATAL_ERROR, message);
  }

  public static JobFailure fatal(String message, Throwable cause) {
    return new JobFailure(JobStatus.FATAL_ERROR, message, cause);
  }

  /** The status the job ends with. */
  public JobStatus status() {
    return status;
  }
}
