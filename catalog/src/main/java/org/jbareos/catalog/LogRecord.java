package org.jbareos.catalog;

import java.time.LocalDateTime;

/** One row of {@code Log}: a job message as {@code list joblog} shows it. */
public record LogRecord(long logId, long jobId, LocalDateTime time, String logText) {
  static final String COLUMNS = "logid, jobid, time, logtext";
}
