package org.jbareos.director.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cancel jobid=N | job=<name> | ujobid=<unique name> | all [yes]} ({@code dird/ua_cmds.cc CancelCmd}, {@code
 * select_jobs} of {@code ua_select.cc}, {@code CancelJob} of {@code job.cc}): each selected running job is marked
 * canceled; a job that has not reached its daemons yet is only marked ({@code JobId N, Job X marked to be
 * canceled.}); otherwise its File Daemon and then its Storage Daemon get {@code cancel Job=<unique name>} on a new
 * connection (a Client that dialled in through its waiting connection), their answers are relayed, and the job's own
 * connections are ended so that it stops at once. The job ends with status {@code A}.
 *
 * <p>jbareos does not prompt: without a job named or {@code all}, or {@code all} without {@code yes}, the command
 * says what is missing.
 */
final class CancelCommand implements ConsoleCommand {

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    JobRunner runner = session.director().jobRunner();
    Set<Long> selected = new LinkedHashSet<>();
    for (int i = 1; i < line.size(); i++) {
      String key = line.key(i).toLowerCase(Locale.ROOT);
      Optional<String> value = line.value(i);
      switch (key) {
        case "jobid" -> {
          long jobId = value.map(CancelCommand::number).orElse(0L);
          if (jobId == 0) {
            continue;
          }
          if (!runner.isRunning(jobId)) {
            out.error("JobId %s is not running. Use Job name to cancel inactive jobs.\n", value.get());
            continue;
          }
          selected.add(jobId);
        }
        case "job", "ujobid" -> {
          if (value.isEmpty()) {
            continue;
          }
          Optional<RunningJob> job = runner.runningJobs().stream()
              .filter(r -> key.equals("job") ? r.job().startsWith(value.get()) : r.job().equals(value.get()))
              .findFirst();
          if (job.isEmpty()) {
            out.warning("Warning Job %s is not running. Continuing anyway ...\n", value.get());
            continue;
          }
          selected.add(job.get().jobId());
        }
        default -> {
          // other words (all, yes, state=) are read below
        }
      }
    }
    if (selected.isEmpty() && !selectAll(session, line, selected)) {
      return true;
    }
    for (long jobId : selected) {
      Optional<JobRunner.CancelTarget> target = runner.cancel(jobId);
      if (target.isPresent() && !cancel(session, target.get())) {
        return false;
      }
    }
    return true;
  }

  /** The {@code select_jobs} path without job keywords; false when nothing is to be canceled. */
  private static boolean selectAll(ConsoleSession session, CommandLine line, Set<Long> selected) throws IOException {
    ConsoleOutput out = session.output();
    List<RunningJob> running = session.director().jobRunner().runningJobs();
    if (running.isEmpty()) {
      out.send("No Jobs running.\n");
      return false;
    }
    if (line.find("all") < 0) {
      out.error("Name the job to cancel with jobid=, job= or ujobid= (or all): jbareos does not prompt.\n");
      return false;
    }
    List<Long> all = new ArrayList<>();
    for (RunningJob job : running) {
      all.add(job.jobId());
      out.send("Selected Job %d for cancelling\n", job.jobId());
    }
    if (line.find("yes") < 0) {
      out.error("Confirm the cancel with yes: jbareos does not prompt.\n");
      return false;
    }
    selected.addAll(all);
    return true;
  }

  /** {@code CancelJob} for a job marked canceled; false when a daemon could not be reached. */
  private static boolean cancel(ConsoleSession session, JobRunner.CancelTarget target) throws IOException {
    ConsoleOutput out = session.output();
    DaemonControl daemons = session.director().jobRunner().daemons();
    if (target.client().isEmpty() && target.storage().isEmpty()) {
      out.info("JobId %d, Job %s marked to be canceled.\n", target.jobId(), target.job());
      target.terminateConnections().run();
      return true;
    }
    try {
      if (target.client().isPresent()) {
        try {
          relay(out, daemons.cancelOnClient(target.client().get(), target.job()));
        } catch (DaemonControl.DaemonUnreachableException e) {
          out.error("\nFailed to connect to File daemon.\n");
          return false;
        }
      }
      if (target.storage().isPresent()) {
        try {
          relay(out, daemons.cancelOnStorage(target.storage().get(), target.job()));
        } catch (DaemonControl.DaemonUnreachableException e) {
          out.error("Failed to connect to Storage daemon.\n");
          return false;
        }
      }
      return true;
    } finally {
      target.terminateConnections().run();
    }
  }

  private static void relay(ConsoleOutput out, List<String> frames) throws IOException {
    for (String frame : frames) {
      out.send(frame);
    }
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
