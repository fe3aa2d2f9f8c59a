package org.jbareos.catalog;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * One row of the {@code Job} table. Times are the Director's local time, as Bareos writes them; {@code jobTDate}
 * is the start as Unix seconds, which the restore selection orders by.
 */
public record JobRecord(
    long jobId,
    String job,
    String name,
    JobType type,
    JobLevel level,
    long clientId,
    JobStatus jobStatus,
    LocalDateTime schedTime,
    LocalDateTime startTime,
    LocalDateTime endTime,
    LocalDateTime realEndTime,
    long jobTDate,
    long volSessionId,
    long volSessionTime,
    long jobFiles,
    long jobBytes,
    long readBytes,
    long jobErrors,
    long jobMissingFiles,
    long poolId,
    long fileSetId,
    long priorJobId,
    int purgedFiles,
    int hasBase,
    String comment) {

  /** The columns in this record's order, for {@code SELECT}s that map to it. */
  static final String COLUMNS =
      "jobid, job, name, type, level, clientid, jobstatus, schedtime, starttime, endtime, realendtime, jobtdate,"
          + " volsessionid, volsessiontime, jobfiles, jobbytes, readbytes, joberrors, jobmissingfiles, poolid,"
          + " filesetid, priorjobid, purgedfiles, hasbase, comment";
}
