package org.jbareos.storage.device;

import java.io.IOException;
import org.jbareos.protocol.JobStatus;

/**
 * Where a Storage Daemon job reports what happens to the Director: job messages ({@code Jmsg}, PROTOCOL.md §6.2)
 * whose text the SD prefixes with {@code <daemon> JobId <n>: }, and job status changes ({@code Status Job=...
 * JobStatus=...}). The texts passed in are Bareos' own ({@code stored/mount.cc}, {@code stored/acquire.cc}, ...),
 * ending with {@code \n}.
 */
public interface JobMessenger {

  /** An {@code M_INFO} message. */
  void info(String text) throws IOException;

  /** An {@code M_WARNING} message ({@code Warning: } prefix). */
  void warning(String text) throws IOException;

  /** An {@code M_ERROR} message ({@code Error: } prefix); counts a job error. */
  void error(String text) throws IOException;

  /** An {@code M_FATAL} message ({@code Fatal error: } prefix); the job ends in error. */
  void fatal(String text) throws IOException;

  /** Sets the job's status and tells the Director ({@code jcr->sendJobStatus}). */
  void status(JobStatus status) throws IOException;
}
