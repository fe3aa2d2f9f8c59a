package org.jbareos.catalog;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;

/**
 * The values Bareos's {@code UpdateJobEndRecord} writes at the end of a job: final status and level, end times and
 * the counters reported by the daemons ({@code 3099 Job ... end JobStatus= JobFiles= JobBytes= JobErrors=}).
 */
public record JobEnd(
    JobStatus jobStatus,
    JobLevel level,
    LocalDateTime endTime,
    LocalDateTime realEndTime,
    long jobFiles,
    long jobBytes,
    long readBytes,
    long jobErrors,
    long jobMissingFiles,
    long volSessionId,
    long volSessionTime,
    long priorJobId,
    int hasBase,
    int purgedFiles) {}
