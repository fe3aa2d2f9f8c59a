package org.jbareos.director.console;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * A job the engine is running, as {@code status director} shows it under {@code Running Jobs} ({@code
 * ListRunningJobs}, {@code dird/ua_status.cc}).
 *
 * @param jobId the JobId
 * @param job the unique job name
 * @param type the job type
 * @param level the level
 * @param status the job's status
 * @param client the Client resource, if the job has one
 * @param storage the write (or read) Storage resource, if the job has one
 * @param startTime when it started
 * @param jobFiles files so far
 * @param jobBytes bytes so far
 */
public record RunningJob(long jobId, String job, JobType type, JobLevel level, JobStatus status,
    Optional<String> client, Optional<String> storage, LocalDateTime startTime, long jobFiles, long jobBytes) {

  public RunningJob {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(startTime, "startTime");
  }

  /** The status phrase of {@code ListRunningJobs} ({@code is running}, {@code is waiting on Client bareos-fd}). */
  public String statusText() {
    return switch (status) {
      case CREATED -> "is waiting execution";
      case RUNNING -> "is running";
      case BLOCKED -> "is blocked";
      case TERMINATED -> "has terminated";
      case WARNINGS -> "has terminated with warnings";
      case ERROR_TERMINATED -> "has erred";
      case ERROR -> "has errors";
      case FATAL_ERROR -> "has a fatal error";
      case DIFFERENCES -> "has verify differences";
      case CANCELED -> "has been canceled";
      case WAIT_FD -> client.map(c -> "is waiting on Client " + c).orElse("is waiting on Client");
      case WAIT_SD -> storage.map(s -> "is waiting on Storage \"" + s + "\"").orElse("is waiting on Storage");
      case WAIT_STORE_RES -> "is waiting on max Storage jobs";
      case WAIT_CLIENT_RES -> "is waiting on max Client jobs";
      case WAIT_JOB_RES -> "is waiting on max Job jobs";
      case WAIT_MAX_JOBS -> "is waiting on max total jobs";
      case WAIT_START_TIME -> "is waiting for its start time";
      case WAIT_PRIORITY -> "is waiting for higher priority jobs to finish";
      case DATA_COMMITTING -> "SD committing Data";
      case DATA_DESPOOLING -> "SD despooling Data";
      case ATTR_DESPOOLING -> "SD despooling Attributes";
      case ATTR_INSERTING -> "Dir inserting Attributes";
      case WAIT_MOUNT -> "is waiting for a mount request";
      case WAIT_MEDIA -> "is waiting for an appendable Volume";
      default -> "is in unknown state " + status.code();
    };
  }
}
