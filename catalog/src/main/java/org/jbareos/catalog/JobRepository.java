package org.jbareos.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * The {@code Job} table: a job's row from creation to its end, and the queries that find prior jobs.
 *
 * <p>Each method is one transaction, or joins the caller's {@link CatalogDatabase#inTransaction}.
 */
public final class JobRepository {
  private final CatalogTransactions tx;

  JobRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /** Inserts the job's row as Bareos's {@code CreateJobRecord} does and returns it with its new JobId. */
  public JobRecord create(NewJob job) {
    return tx.inTransaction(
        h ->
            h.createQuery(
                    "INSERT INTO job (job, name, type, level, jobstatus, schedtime, jobtdate, clientid, poolid,"
                        + " filesetid, comment) VALUES (:job, :name, :type, :level, :status, :schedTime, :jobTDate,"
                        + " :clientId, :poolId, :fileSetId, :comment) RETURNING " + JobRecord.COLUMNS)
                .bind("job", job.job())
                .bind("name", job.name())
                .bind("type", String.valueOf(job.type().code()))
                .bind("level", String.valueOf(job.level().code()))
                .bind("status", String.valueOf(job.jobStatus().code()))
                .bind("schedTime", job.schedTime())
                .bind("jobTDate", job.jobTDate())
                .bind("clientId", job.clientId())
                .bind("poolId", job.poolId())
                .bind("fileSetId", job.fileSetId())
                .bind("comment", job.comment())
                .mapTo(JobRecord.class)
                .one());
  }

  /** Records the start of the job ({@code UpdateJobStartRecord}). */
  public void updateStart(long jobId, JobStart start) {
    update(
        jobId,
        tx.inTransaction(
            h ->
                h.createUpdate(
                        "UPDATE job SET jobstatus = :status, level = :level, starttime = :startTime,"
                            + " jobtdate = :jobTDate, clientid = :clientId, poolid = :poolId,"
                            + " filesetid = :fileSetId WHERE jobid = :jobId")
                    .bind("status", String.valueOf(start.jobStatus().code()))
                    .bind("level", String.valueOf(start.level().code()))
                    .bind("startTime", start.startTime())
                    .bind("jobTDate", start.jobTDate())
                    .bind("clientId", start.clientId())
                    .bind("poolId", start.poolId())
                    .bind("fileSetId", start.fileSetId())
                    .bind("jobId", jobId)
                    .execute()));
  }

  /** Sets the job's status, e.g. after {@code Status Job=... JobStatus=82} from a daemon. */
  public void updateStatus(long jobId, JobStatus status) {
    update(
        jobId,
        tx.inTransaction(
            h ->
                h.createUpdate("UPDATE job SET jobstatus = :status WHERE jobid = :jobId")
                    .bind("status", String.valueOf(status.code()))
                    .bind("jobId", jobId)
                    .execute()));
  }

  /** The SD's {@code Catreq Job=... UpdateJobRecord JobFiles=%u JobBytes=%llu} (PROTOCOL.md §6.2). */
  public void updateCounters(long jobId, long jobFiles, long jobBytes) {
    update(
        jobId,
        tx.inTransaction(
            h ->
                h.createUpdate("UPDATE job SET jobfiles = :files, jobbytes = :bytes WHERE jobid = :jobId")
                    .bind("files", jobFiles)
                    .bind("bytes", jobBytes)
                    .bind("jobId", jobId)
                    .execute()));
  }

  /** Records the end of the job ({@code UpdateJobEndRecord}). */
  public void updateEnd(long jobId, JobEnd end) {
    update(
        jobId,
        tx.inTransaction(
            h ->
                h.createUpdate(
                        "UPDATE job SET jobstatus = :status, level = :level, endtime = :endTime,"
                            + " realendtime = :realEndTime, jobfiles = :files, jobbytes = :bytes,"
                            + " readbytes = :readBytes, joberrors = :errors, jobmissingfiles = :missing,"
                            + " volsessionid = :sessionId, volsessiontime = :sessionTime,"
                            + " priorjobid = :priorJobId, hasbase = :hasBase, purgedfiles = :purgedFiles"
                            + " WHERE jobid = :jobId")
                    .bind("status", String.valueOf(end.jobStatus().code()))
                    .bind("level", String.valueOf(end.level().code()))
                    .bind("endTime", end.endTime())
                    .bind("realEndTime", end.realEndTime())
                    .bind("files", end.jobFiles())
                    .bind("bytes", end.jobBytes())
                    .bind("readBytes", end.readBytes())
                    .bind("errors", end.jobErrors())
                    .bind("missing", end.jobMissingFiles())
                    .bind("sessionId", end.volSessionId())
                    .bind("sessionTime", end.volSessionTime())
                    .bind("priorJobId", end.priorJobId())
                    .bind("hasBase", end.hasBase())
                    .bind("purgedFiles", end.purgedFiles())
                    .bind("jobId", jobId)
                    .execute()));
  }

  public Optional<JobRecord> findById(long jobId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + JobRecord.COLUMNS + " FROM job WHERE jobid = :jobId")
                .bind("jobId", jobId)
                .mapTo(JobRecord.class)
                .findOne());
  }

  /** By the unique job name ({@code Job.Job}), which the daemons send as {@code Job=}. */
  public Optional<JobRecord> findByJob(String job) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + JobRecord.COLUMNS + " FROM job WHERE job = :job")
                .bind("job", job)
                .mapTo(JobRecord.class)
                .findOne());
  }

  /** All runs of a Job resource, oldest first. */
  public List<JobRecord> findByName(String name) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + JobRecord.COLUMNS + " FROM job WHERE name = :name ORDER BY jobid")
                .bind("name", name)
                .mapTo(JobRecord.class)
                .list());
  }

  /** All jobs of a client, oldest first. */
  public List<JobRecord> findByClient(long clientId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + JobRecord.COLUMNS + " FROM job WHERE clientid = :clientId ORDER BY jobid")
                .bind("clientId", clientId)
                .mapTo(JobRecord.class)
                .list());
  }

  /**
   * The "since" time of an Incremental or Differential backup, as Bareos's {@code FindJobStartTime}
   * ({@code cats/sql_find.cc}) finds it: among successful jobs ({@code JobStatus IN ('T','W')}) of this type, Job
   * name, client and fileset, a Differential looks back to the latest Full; an Incremental to the latest Full,
   * Differential or Incremental, but only if a Full exists at all.
   *
   * @return empty when there is no such prior job: the Director then runs a Full ("No prior Full backup Job
   *     record found")
   * @throws IllegalArgumentException for any other level, as Bareos reports "Unknown level"
   */
  public Optional<PriorJob> findSinceTime(JobType type, JobLevel level, String name, long clientId, long fileSetId) {
    if (level != JobLevel.INCREMENTAL && level != JobLevel.DIFFERENTIAL) {
      throw new IllegalArgumentException("no since time for level " + level);
    }
    return tx.inTransaction(
        h -> {
          Optional<PriorJob> full = lastSuccessful(h, type, "'F'", name, clientId, fileSetId);
          if (level == JobLevel.DIFFERENTIAL || full.isEmpty()) {
            return full;
          }
          return lastSuccessful(h, type, "'I','D','F'", name, clientId, fileSetId);
        });
  }

  /**
   * The backups an accurate Incremental or Differential compares with, oldest first by JobTDate ({@code
   * cats/sql_get.cc AccurateGetJobids}, {@code create_temp_accurate_jobids}): the last successful ({@code T}/{@code
   * W}) Full of the client and FileSet (by FileSetId) started before {@code startTime} plus one second; for an
   * Incremental also the last successful Differential that saved files, of the FileSet's name, started after that
   * Full ended, and every successful Incremental started after the later of the two ended. No volume is looked at: a
   * Full that saved no files counts (its list is empty). Empty when there is no such Full.
   *
   * @param startTime the start time of the job asking
   */
  public List<Long> accurateJobIds(long clientId, long fileSetId, JobLevel level, LocalDateTime startTime) {
    LocalDateTime before = startTime.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    return tx.inTransaction(
        h -> {
          Optional<AccurateJob> full = h.createQuery(
                  "SELECT jobid, endtime, jobtdate FROM job WHERE clientid = :clientId AND level = 'F'"
                      + " AND jobstatus IN ('T','W') AND type = 'B' AND starttime < :before AND filesetid = :fileSetId"
                      + " ORDER BY jobid DESC, jobtdate DESC LIMIT 1")
              .bind("clientId", clientId)
              .bind("before", before)
              .bind("fileSetId", fileSetId)
              .map((rs, ctx) -> AccurateJob.of(rs))
              .findOne();
          if (full.isEmpty()) {
            return List.of();
          }
          List<AccurateJob> jobs = new ArrayList<>(List.of(full.get()));
          if (level == JobLevel.INCREMENTAL) {
            later(h, "'D'", " AND jobfiles > 0", clientId, fileSetId, full.get().endTime(), before).stream()
                .findFirst().ifPresent(jobs::add);
            LocalDateTime since = jobs.stream().map(AccurateJob::endTime).max(LocalDateTime::compareTo).orElseThrow();
            jobs.addAll(later(h, "'I'", "", clientId, fileSetId, since, before));
          }
          return jobs.stream().sorted(Comparator.comparingLong(AccurateJob::jobTDate)).map(AccurateJob::jobId)
              .toList();
        });
  }

  /** Successful backups of a level and FileSet name started after {@code after}, newest first. */
  private static List<AccurateJob> later(org.jdbi.v3.core.Handle h, String level, String condition, long clientId,
      long fileSetId, LocalDateTime after, LocalDateTime before) {
    // level and condition are constants of this class, never caller text
    return h.createQuery(
            "SELECT job.jobid, job.endtime, job.jobtdate FROM job JOIN fileset USING (filesetid)"
                + " WHERE job.clientid = :clientId AND job.level = " + level + condition
                + " AND job.jobstatus IN ('T','W') AND job.type = 'B' AND job.starttime > :after"
                + " AND job.starttime < :before"
                + " AND fileset.fileset = (SELECT fileset FROM fileset WHERE filesetid = :fileSetId)"
                + " ORDER BY job.jobtdate DESC")
        .bind("clientId", clientId)
        .bind("fileSetId", fileSetId)
        .bind("after", after)
        .bind("before", before)
        .map((rs, ctx) -> AccurateJob.of(rs))
        .list();
  }

  /** A job of the accurate list; a job without an end time is never followed by others (SQL: {@code > NULL}). */
  private record AccurateJob(long jobId, LocalDateTime endTime, long jobTDate) {
    private static final LocalDateTime NEVER = LocalDateTime.of(9999, 12, 31, 0, 0);

    static AccurateJob of(ResultSet rs) throws SQLException {
      LocalDateTime end = rs.getObject("endtime", LocalDateTime.class);
      return new AccurateJob(rs.getLong("jobid"), end == null ? NEVER : end, rs.getLong("jobtdate"));
    }
  }

  /**
   * The latest successful job of exactly this level (Bareos's {@code FindLastJobStartTime}), used to check
   * {@code Max Full Interval} and friends.
   */
  public Optional<PriorJob> findLastStart(JobType type, JobLevel level, String name, long clientId, long fileSetId) {
    return tx.inTransaction(
        h -> lastSuccessful(h, type, "'" + level.code() + "'", name, clientId, fileSetId));
  }

  /**
   * When the latest job of Job resource {@code name} for Client {@code clientName} started, among the jobs that ended
   * well or have not ended ({@code FindLastJobStartTimeForJobAndClient}, {@code cats/sql_find.cc}: JobStatus T, W, C
   * or R; a job without a StartTime counts as starting now). {@code Run On Incoming Connect Interval} starts the job
   * again when this is empty or older than the interval.
   */
  public Optional<LocalDateTime> findLastStartForJobAndClient(String name, String clientName) {
    return tx.inTransaction(
        h ->
            h.createQuery(
                    "SELECT CASE WHEN starttime IS NULL THEN now()::timestamp ELSE starttime END AS started"
                        + " FROM job WHERE name = :name AND jobstatus IN ('T','W','C','R')"
                        + " AND clientid = (SELECT clientid FROM client WHERE name = :client)"
                        + " ORDER BY started DESC LIMIT 1")
                .bind("name", name)
                .bind("client", clientName)
                .map((rs, ctx) -> rs.getObject("started", LocalDateTime.class))
                .findOne());
  }

  private static Optional<PriorJob> lastSuccessful(
      org.jdbi.v3.core.Handle h, JobType type, String levels, String name, long clientId, long fileSetId) {
    // levels is built from JobLevel codes only, never from caller text
    return h.createQuery(
            "SELECT starttime, job FROM job WHERE jobstatus IN ('T','W') AND type = :type AND level IN ("
                + levels + ") AND name = :name AND clientid = :clientId AND filesetid = :fileSetId"
                + " ORDER BY starttime DESC LIMIT 1")
        .bind("type", String.valueOf(type.code()))
        .bind("name", name)
        .bind("clientId", clientId)
        .bind("fileSetId", fileSetId)
        .map((rs, ctx) -> new PriorJob(rs.getObject("starttime", java.time.LocalDateTime.class), rs.getString("job")))
        .findOne();
  }

  private static void update(long jobId, int rows) {
    if (rows != 1) {
      throw new IllegalArgumentException("no job with JobId " + jobId);
    }
  }
}
