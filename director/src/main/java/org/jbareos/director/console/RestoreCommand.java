package org.jbareos.director.console;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jbareos.catalog.ClientRecord;
import org.jbareos.catalog.FileSetRecord;
import org.jbareos.catalog.JobRecord;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.config.dir.JobResource;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.status.StatusText;

/**
 * {@code restore [client=<c>] [jobid=<n>[,<m>..] | current | select] [fileset=<f>] [where=<dir>] [replace=..]
 * [restorejob=<job>] [all] [file=<path>].. [directory=<dir>].. [done] [yes]} ({@code dird/ua_restore.cc RestoreCmd}):
 * selects backup jobs (the given JobIds, with {@code select} the jobs of their Full state; the latest state of the
 * client's fileset for {@code current}/{@code select}:
 * last Full, Differential, Incrementals, {@code SelectBackupsBeforeDate}; else the menu of {@link RestoreJobChoice}),
 * takes the latest version of each file among them into a {@link RestoreTree}, in which the console marks files
 * ({@link RestoreTreeShell}) unless {@code done} is given ({@code all} marks everything); {@code file=}/{@code
 * directory=} select without a tree. Then it shows the volumes and asks {@code OK to run?} unless {@code yes} is
 * given ({@link RestoreConfirmation}), and queues the Restore Job with that selection, answering as Bareos does
 * ({@code Job queued. JobId=N}; {@code {"run":{"jobid":"N"}}} in JSON, because Bareos submits the restore through
 * its run command).
 *
 * <p>Not shown: {@code Bootstrap records written to} (the engine builds the job's bootstrap when it starts), and
 * the job table Bareos lists for {@code current}.
 */
final class RestoreCommand implements ConsoleCommand {
  private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    Optional<RestoreArguments> parsed = RestoreArguments.parse(line, out);
    if (parsed.isEmpty()) {
      return false;
    }
    RestoreArguments args = parsed.get();
    DirectorServices director = session.director();
    session.openCatalog(line, true);
    Optional<JobResource> job = restoreJob(director, args, out);
    if (job.isEmpty()) {
      return false;
    }
    Optional<ClientRecord> client = Optional.empty();
    if (args.client().isPresent()) {
      client = ClientSelection.of(session, args.client());
      if (client.isEmpty()) {
        return false;
      }
    }
    Optional<List<Long>> jobIds;
    if (args.jobIds().isPresent()) {
      Optional<String> list = args.select() ? fullStates(director, args.jobIds().get(), out) : args.jobIds();
      jobIds = list.isEmpty() ? Optional.empty() : givenJobIds(director, list.get(), out);
    } else if (args.current() || args.select() || !args.files().isEmpty() || !args.directories().isEmpty()) {
      client = client.isPresent() ? client : ClientSelection.of(session, Optional.empty());
      jobIds = client.isEmpty() ? Optional.empty() : currentJobIds(director, client.get(), args.fileSet(), out);
    } else {
      Optional<RestoreJobChoice.Choice> choice = RestoreJobChoice.ask(session);
      if (choice.isEmpty()) {
        return false;
      }
      if (choice.get() instanceof RestoreJobChoice.Choice.JobIds typed) {
        jobIds = givenJobIds(director, typed.list(), out);
      } else {
        client = client.isPresent() ? client : ClientSelection.of(session, Optional.empty());
        jobIds = client.isEmpty() ? Optional.empty() : currentJobIds(director, client.get(), args.fileSet(), out);
      }
    }
    if (jobIds.isEmpty()) {
      return false;
    }
    String ids = jobIds.get().stream().map(String::valueOf).collect(Collectors.joining(","));
    out.info(ids.contains(",") ? "You have selected the following JobIds: %s\n"
        : "You have selected the following JobId: %s\n", ids);
    Optional<List<RestoreFile>> selection = select(session, jobIds.get(), ids, args);
    if (selection.isEmpty()) {
      out.send("Restore not done.\n");
      return false;
    }
    List<RestoreFile> selected = selection.get();
    if (selected.isEmpty()) {
      out.warning("No files selected to be restored.\n");
      return false;
    }
    RestoreVolumes.show(director, jobIds.get(), selected, out);
    out.info(selected.size() == 1 ? "\n1 file selected to be restored.\n\n"
        : "\n" + StatusText.withCommas(selected.size()) + " files selected to be restored.\n\n");
    client = client.isPresent() ? client : ClientSelection.of(session, Optional.empty());
    if (client.isEmpty()) {
      return false;
    }
    session.openCatalog(line, false);
    if (!args.yes()
        && !RestoreConfirmation.confirmed(session, job.get(), client.get().name(), args.where(), args.replace())) {
      return false;
    }
    long jobId = director.jobRunner().restore(new RestoreRequest(job.get().name(), client.get().name(),
        jobIds.get(), selected, args.where(), args.replace()));
    if (jobId == 0) {
      out.error("Job failed.\n");
      return false;
    }
    out.objectStart("run");
    out.keyValue("jobid", Long.toString(jobId), "Job queued. JobId=" + jobId + "\n");
    out.objectEnd();
    return true;
  }

  /**
   * {@code restorejob=}, else the first Restore Job resource (Bareos takes the only one, and prompts when there are
   * several).
   */
  private static Optional<JobResource> restoreJob(DirectorServices director, RestoreArguments args,
      ConsoleOutput out) throws IOException {
    List<JobResource> restoreJobs = director.config().jobs().stream()
        .filter(j -> j.type().equalsIgnoreCase(JobType.RESTORE.meaning())).toList();
    if (restoreJobs.isEmpty()) {
      out.error("No Restore Job Resource found in %s.\nYou must create at least one before running this command.\n",
          director.config().loaded().location());
      return Optional.empty();
    }
    if (args.restoreJob().isEmpty()) {
      return Optional.of(restoreJobs.getFirst());
    }
    Optional<JobResource> named = restoreJobs.stream()
        .filter(j -> j.name().equalsIgnoreCase(args.restoreJob().get())).findFirst();
    if (named.isEmpty()) {
      out.error("Job \"%s\" not found\n", args.restoreJob().get());
    }
    return named;
  }

  /** {@code jobid=}: each must be a number and a Job of the catalog ({@code UserSelectJobidsOrFiles}'s checks). */
  private static Optional<List<Long>> givenJobIds(DirectorServices director, String list, ConsoleOutput out)
      throws IOException {
    List<Long> ids = new ArrayList<>();
    for (String word : list.split(",")) {
      long id;
      try {
        id = Long.parseLong(word.trim());
      } catch (NumberFormatException e) {
        out.error("Invalid JobId in list.\n");
        return Optional.empty();
      }
      if (director.catalog().jobs().findById(id).isEmpty()) {
        out.error("Unable to get Job record for JobId=%d: ERR=No Job found for JobId %d\n\n", id, id);
        return Optional.empty();
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return Optional.of(ids);
  }

  /**
   * {@code jobid=<n> select} ({@code FindJobDependencies}): for each JobId the jobs that make the Full state at its
   * start (its client's and FileSet's last Full, Differential and Incrementals up to it), joined in order.
   */
  private static Optional<String> fullStates(DirectorServices director, String list, ConsoleOutput out)
      throws IOException {
    List<String> found = new ArrayList<>();
    for (String word : list.split(",")) {
      long id;
      try {
        id = Long.parseLong(word.trim());
      } catch (NumberFormatException e) {
        out.error("Could not parse jobid from '%s'\n", word);
        return Optional.empty();
      }
      if (id == 0) {
        out.error("0 is not a valid jobid\n");
        return Optional.empty();
      }
      Optional<JobRecord> job = director.catalog().jobs().findById(id);
      if (job.isEmpty()) {
        out.error("Unable to get Job record for JobId=%d: ERR=No Job found for JobId %d\n\n", id, id);
        return Optional.empty();
      }
      LocalDateTime start = job.get().startTime();
      out.send("Selecting jobs to build the Full state at %s\n", SQL_TIME.format(start));
      Optional<String> fileSet = director.catalog().fileSets().findById(job.get().fileSetId())
          .map(FileSetRecord::fileSet);
      List<Long> ids = fileSet.isEmpty() ? List.of()
          : director.catalog().restore().jobIds(job.get().clientId(), fileSet.get(), start.plusSeconds(1));
      if (ids.isEmpty()) {
        out.error("Could not determine the jobs to build the Full state at %s\n", SQL_TIME.format(start));
        return Optional.empty();
      }
      ids.forEach(i -> found.add(Long.toString(i)));
    }
    return Optional.of(String.join(",", found));
  }

  /** {@code current}: the latest state of the client's fileset, through the catalog's restore selection. */
  private static Optional<List<Long>> currentJobIds(DirectorServices director, ClientRecord client,
      Optional<String> fileSetName, ConsoleOutput out) throws IOException {
    Optional<String> fileSet = fileSetName.isPresent() ? fileSetName : ClientFileSets.only(director, client, out);
    if (fileSet.isEmpty()) {
      return Optional.empty();
    }
    // Bareos adds a second "to include any job that may have finished within the current second"
    var before = director.now().plusSeconds(1);
    List<Long> ids = director.catalog().restore().jobIds(client.clientId(), fileSet.get(), before);
    if (ids.isEmpty()) {
      out.error("No Full backup before %s found.\n", SQL_TIME.format(before));
      return Optional.empty();
    }
    return Optional.of(ids);
  }

  /**
   * The latest versions of the selected jobs, then what {@code file=} or {@code directory=} name, or what is marked
   * in the tree ({@code BuildDirectoryTree}): all of it with {@code all}, what the console marks unless {@code done}
   * was given. A name that matches nothing is reported as Bareos does ({@code No database record found for: x}).
   *
   * @return empty when the console quit the file selection ({@code Restore not done.})
   */
  private static Optional<List<RestoreFile>> select(ConsoleSession session, List<Long> jobIds, String ids,
      RestoreArguments args) throws IOException {
    ConsoleOutput out = session.output();
    DirectorServices director = session.director();
    if (!args.files().isEmpty() || !args.directories().isEmpty()) {
      List<RestoreFile> versions = director.catalog().restore().latestVersions(jobIds);
      List<RestoreFile> named = RestoreFileFilter.select(versions, args.files(), args.directories());
      for (String name : args.files()) {
        if (RestoreFileFilter.select(named, List.of(name), List.of()).isEmpty()) {
          out.error("No database record found for: %s\n", name);
        }
      }
      for (String dir : args.directories()) {
        if (RestoreFileFilter.select(named, List.of(), List.of(dir)).isEmpty()) {
          out.error("No database record found for: %s\n", dir);
        }
      }
      return Optional.of(named);
    }
    out.info("\nBuilding directory tree for JobId(s) %s ...  ", ids);
    RestoreTree tree = RestoreTree.empty(args.all());
    director.catalog().restore().forEachFileWithRepeats(jobIds, tree::insert);
    if (tree.insertedFiles() == 0) {
      return Optional.of(List.of());
    }
    if (args.all()) {
      out.info("\n%s files inserted into the tree and marked for extraction.\n",
          StatusText.withCommas(tree.insertedFiles()));
    } else {
      out.info("\n%s files inserted into the tree.\n", StatusText.withCommas(tree.rows()));
    }
    if (!args.done() && !new RestoreTreeShell(session, tree, director.clock().getZone()).run()) {
      return Optional.empty();
    }
    return Optional.of(tree.selected());
  }
}
