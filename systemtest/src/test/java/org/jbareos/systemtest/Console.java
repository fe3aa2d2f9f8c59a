package org.jbareos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something that sends one console command to the Director and returns its answer: the console process fed on
 * standard input ({@link ConsoleProcess#call}) or the client library ({@code DirectorConsole::call}). The job
 * commands the scenarios repeat are written once here.
 */
@FunctionalInterface
interface Console {

  Pattern QUEUED = Pattern.compile("Job queued\\. JobId=(\\d+)");
  Pattern WAITED = Pattern.compile("JobId=(\\d+)\\s+JobStatus=[^\\n]*\\((.)\\)");

  String call(String command) throws IOException;

  /** Sends a {@code run ... yes} or {@code restore ... yes} and returns the JobId it queued. */
  default long queue(String command) throws IOException {
    String answer = call(command);
    Matcher m = QUEUED.matcher(answer);
    assertThat(m.find()).as("'" + command + "' answered:\n" + answer).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** {@code wait jobid=N}: the job's final JobStatus code ({@code T}, {@code E}, {@code f}, ...). */
  default char await(long jobId) throws IOException {
    String answer = call("wait jobid=" + jobId);
    Matcher m = WAITED.matcher(answer);
    assertThat(m.find()).as("wait jobid=" + jobId + " answered:\n" + answer).isTrue();
    return m.group(2).charAt(0);
  }

  /** Queues the command, waits for the job and returns its JobId after checking it ended {@code expected}. */
  default long runToEnd(String command, char expected) throws IOException {
    long jobId = queue(command);
    char status = await(jobId);
    assertThat(status).as("JobStatus of JobId " + jobId + " (" + command + "); its job log:\n" + jobLog(jobId))
        .isEqualTo(expected);
    return jobId;
  }

  /** {@code list joblog jobid=N}: the job's messages as the catalog holds them. */
  default String jobLog(long jobId) throws IOException {
    return call("list joblog jobid=" + jobId);
  }
}
