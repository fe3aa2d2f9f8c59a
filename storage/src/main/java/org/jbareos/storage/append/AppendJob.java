package org.jbareos.storage.append;

import org.jbareos.volume.SessionLabel;

/**
 * What an append session needs to know about its job: the names and codes that go into the session labels
 * (PROTOCOL.md §8) and catalog requests, the volume session, and the pool the Director reserved.
 */
public record AppendJob(
    long jobId,
    String job,
    String jobName,
    String clientName,
    String fileSetName,
    int jobType,
    int jobLevel,
    String fileSetMd5,
    long volSessionId,
    long volSessionTime,
    String poolName,
    String poolType,
    boolean noAttributes) {

  /** The SOS label written at {@code writeBtime} (microseconds). */
  SessionLabel startOfSession(long writeBtime) {
    return SessionLabel.startOfSession(jobId, writeBtime, poolName, poolType, jobName, clientName, job,
        fileSetName, jobType, jobLevel, fileSetMd5);
  }
}
