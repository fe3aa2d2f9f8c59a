package org.jbareos.storage.job;

import java.io.IOException;
import org.jbareos.net.BareosConnection;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirsd.JobStatusMessage;
import org.jbareos.storage.device.JobMessenger;

/**
 * Sends one job's messages to its Director on the job's Director connection (PROTOCOL.md §6.2, {@code
 * lib/message.cc}, {@code lib/jcr.cc:sendJobStatus}):
 *
 * <pre>
 * Jmsg Job=&lt;job&gt; type=&lt;M_type&gt; level=&lt;unix time&gt; &lt;sd name&gt; JobId &lt;id&gt;: [Fatal error: |Error: |Warning: ]&lt;text&gt;
 * Status Job=&lt;job&gt; JobStatus=&lt;int&gt;\n
 * </pre>
 *
 * Errors and fatal errors count as job errors; a fatal error sets the job's status to ErrorTerminated.
 */
public final class DirectorMessenger implements JobMessenger {
  private final BareosConnection director;
  private final SdJob job;
  private final StorageDaemonIdentity identity;

  public DirectorMessenger(BareosConnection director, SdJob job, StorageDaemonIdentity identity) {
    this.director = director;
    this.job = job;
    this.identity = identity;
  }

  @Override
  public void info(String text) throws IOException {
    send(JobMessage.M_INFO, "", text);
  }

  @Override
  public void warning(String text) throws IOException {
    send(JobMessage.M_WARNING, "Warning: ", text);
  }

  /** Errors of a canceled job are not reported: they are the cancel's consequences ({@code IsJobCanceled} guards). */
  @Override
  public void error(String text) throws IOException {
    if (job.isCanceled()) {
      return;
    }
    job.countError();
    send(JobMessage.M_ERROR, "Error: ", text);
  }

  @Override
  public void fatal(String text) throws IOException {
    if (job.isCanceled()) {
      return;
    }
    job.countError();
    job.setStatus(JobStatus.ERROR_TERMINATED);
    send(JobMessage.M_FATAL, "Fatal error: ", text);
  }

  /** Sets the status and tells the Director when it changed ({@code jcr->sendJobStatus(newStatus)}). */
  @Override
  public void status(JobStatus status) throws IOException {
    JobStatus before = job.status();
    job.setStatus(status);
    if (job.status() != before) {
      sendStatus();
    }
  }

  /** Sends the job's current status ({@code jcr->sendJobStatus()} without an argument). */
  public void sendStatus() throws IOException {
    director.send(new JobStatusMessage(job.job(), job.status().wireValue()).toWire());
  }

  private void send(int type, String prefix, String text) throws IOException {
    String line = identity.name() + " JobId " + job.jobId() + ": " + prefix + text;
    director.send(new JobMessage(job.job(), type, identity.nowSeconds(), line).toWire());
  }
}
