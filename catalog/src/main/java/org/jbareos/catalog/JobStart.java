package org.jbareos.catalog;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;

/**
 * The values Bareos's {@code UpdateJobStartRecord} writes when a job starts running: status, the level actually
 * run (an Incremental may have become a Full), start time, JobTDate and the client, pool and fileset used.
 */
public record JobStart(
    JobStatus jobStatus,
    JobLevel level,
    LocalDateTime startTime,
    long jobTDate,
    long clientId,
    long poolId,
    long fileSetId) {}
