package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.jbareos.net.BareosConnection;
import org.jbareos.protocol.JobMessage;

/**
 * The job messages the File Daemon sends to the Director on the job's own connection ({@code Jmsg Job=<job> type=<M_>
 * level=<time> <fd name> JobId <n>: <text>}, {@code lib/message.cc}, PROTOCOL.md §6.2).
 *
 * <p>{@link #queue} is Bareos's {@code Qmsg}: the message waits and goes out just before the next {@link #send} (or at
 * {@link #flush}). That is why the recorded FD sends {@code Connected Storage daemon at ...} (queued while connecting
 * to the SD) only after the next command's first message (conformance backup-full.txt and restore.txt).
 *
 * <p>A message that cannot be sent (the Director is gone) is logged; the job goes on as Bareos's does.
 */
final class JobMessages {

  private static final System.Logger LOG = System.getLogger(JobMessages.class.getName());

  private final BareosConnection director;
  private final String daemonName;
  private final Clock clock;
  private final IntPredicate toDirector;
  private final List<JobMessage> queued = new ArrayList<>();
  private String job;
  private long jobId;
  private Runnable onFatal = () -> {};

  /** Messages of the types {@code toDirector} accepts go to {@code director}; the others are only logged. */
  JobMessages(BareosConnection director, String daemonName, Clock clock, IntPredicate toDirector) {
    this.director = director;
    this.daemonName = daemonName;
    this.clock = clock;
    this.toDirector = toDirector;
  }

  /** Messages carry this job from now on; before a {@code JobId=} command nothing is sent. */
  void forJob(String jobName, long id) {
    this.job = jobName;
    this.jobId = id;
  }

  /** What a fatal message does to the job: Bareos's {@code Jmsg} sets the status to fatal error. */
  void onFatal(Runnable action) {
    this.onFatal = action;
  }

  /** Sends a message now, after any queued ones. */
  synchronized void send(int type, String text) {
    if (type == JobMessage.M_FATAL || type == JobMessage.M_ERROR_TERM) {
      onFatal.run();
    }
    flush();
    transmit(build(type, text));
  }

  /** Queues a message for the next {@link #send} or {@link #flush} ({@code Qmsg}). */
  synchronized void queue(int type, String text) {
    if (job != null) {
      queued.add(build(type, text));
    }
  }

  /** Sends the queued messages ({@code DequeueMessages}). */
  synchronized void flush() {
    List<JobMessage> pending = List.copyOf(queued);
    queued.clear();
    pending.forEach(this::transmit);
  }

  void info(String text) {
    send(JobMessage.M_INFO, text);
  }

  void fatal(String text) {
    send(JobMessage.M_FATAL, text);
  }

  void error(String text) {
    send(JobMessage.M_ERROR, text);
  }

  private JobMessage build(int type, String text) {
    return JobMessage.of(job, type, clock.instant().getEpochSecond(), daemonName, jobId, text);
  }

  private void transmit(JobMessage message) {
    if (message.job() == null || !toDirector.test(message.type())) {
      LOG.log(Level.INFO, () -> "not for the Director: " + message.text().strip());
      return;
    }
    try {
      director.send(message.wireText());
    } catch (IOException e) {
      LOG.log(Level.WARNING, () -> "Job message to the Director lost (" + e.getMessage() + "): "
          + message.text().strip());
    }
  }
}
