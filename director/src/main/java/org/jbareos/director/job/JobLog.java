package org.jbareos.director.job;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.protocol.JobMessage;

/**
 * A job's messages: what Bareos's {@code Jmsg} writes for the Director ({@code bareos-dir JobId 1: Start Backup
 * ...}) and the daemons' {@code Jmsg} lines it relays (PROTOCOL.md §6.2, their text is already prefixed {@code
 * bareos-sd JobId 1: }). Each line goes to the catalog's {@code Log} table, as the {@code catalog = all} destination
 * of the Messages resource does, and stays in memory for the job's result. A catalog that fails here does not stop
 * the job: the line is kept in memory.
 */
public final class JobLog {
  private final CatalogDatabase catalog;
  private final Clock clock;
  private final String directorName;
  private final long jobId;
  private final List<String> lines = new ArrayList<>();

  public JobLog(CatalogDatabase catalog, Clock clock, String directorName, long jobId) {
    this.catalog = catalog;
    this.clock = clock;
    this.directorName = directorName;
    this.jobId = jobId;
  }

  /** An M_INFO line of the Director: {@code bareos-dir JobId <id>: <text>}. */
  public void info(String text) {
    append(directorName + " JobId " + jobId + ": " + withNewline(text));
  }

  /** An M_FATAL line of the Director: {@code bareos-dir JobId <id>: Fatal error: <text>}. */
  public void fatal(String text) {
    append(directorName + " JobId " + jobId + ": Fatal error: " + withNewline(text));
  }

  /** An M_ERROR line of the Director: {@code bareos-dir JobId <id>: Error: <text>}. */
  public void error(String text) {
    append(directorName + " JobId " + jobId + ": Error: " + withNewline(text));
  }

  /** A daemon's {@code Jmsg}, its text as sent. */
  public void daemon(JobMessage message) {
    append(withNewline(message.text()));
  }

  /** The lines so far, in order. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  private void append(String line) {
    synchronized (this) {
      lines.add(line);
    }
    try {
      catalog.log().append(jobId, LocalDateTime.now(clock), line);
    } catch (RuntimeException e) {
      // the line stays in memory; the job's own catalog writes report the failure
    }
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
