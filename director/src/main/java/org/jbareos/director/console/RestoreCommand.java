package org.jbareos.director.console;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jbareos.catalog.ClientRecord;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.config.dir.JobResource;
import org.jbareos.protocol.JobType;

/**
 * {@code restore client=<c> [jobid=<n>[,<m>..] | current] [fileset=<f>] [where=<dir>] [replace=..] [restorejob=<job>]
 * [all] [file=<path>].. [directory=<dir>].. done yes} ({@code dird/ua_restore.cc RestoreCmd}): selects backup jobs
 * (the given JobIds, or the latest state of the client's fileset: last Full, Differential, Incrementals, {@code
 * SelectBackupsBeforeDate}), takes the latest version of each file among them, keeps {@code all} of them or those
 * {@code file=}/{@code directory=} name, and queues the Restore Job with that selection, answering as Bareos does
 * ({@code Job queued. JobId=N}; {@code {"run":{"jobid":"N"}}} in JSON, because Bareos submits the restore through
 * its run command). jbareos does not prompt: what Bareos would ask for interactively (the file tree without {@code
 * all}, the confirmation without {@code yes}) leaves the restore not done.
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
    if (args.client().isEmpty()) {
      out.error("No Client resource found!\n");
      return false;
    }
    Optional<ClientRecord> client = director.catalog().clients().findByName(args.client().get());
    if (client.isEmpty()) {
      out.error("invalid client argument: %s\n", args.client().get());
      return false;
    }
    Optional<List<Long>> jobIds = args.jobIds().isPresent() ? givenJobIds(director, args.jobIds().get(), out)
        : currentJobIds(director, client.get(), args.fileSet(), out);
    if (jobIds.isEmpty()) {
      return false;
    }
    String ids = jobIds.get().stream().map(String::valueOf).collect(Collectors.joining(","));
    out.info(ids.contains(",") ? "You have selected the following JobIds: %s\n"
        : "You have selected the following JobId: %s\n", ids);
    List<RestoreFile> selected = select(director, jobIds.get(), ids, args, out);
    if (selected.isEmpty()) {
      out.warning("No files selected to be restored.\n");
      return false;
    }
    RestoreVolumes.show(director, jobIds.get(), selected, out);
    out.info(selected.size() == 1 ? "\n1 file selected to be restored.\n\n"
        : "\n" + BareosNumbers.withCommas(selected.size()) + " files selected to be restored.\n\n");
    if (!args.yes()) {
      out.send("Job not run.\n");
      return false;
    }
    session.openCatalog(line, false);
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

  /** {@code current}: the latest state of the client's fileset, through the catalog's restore selection. */
  private static Optional<List<Long>> currentJobIds(DirectorServices director, ClientRecord client,
      Optional<String> fileSetName, ConsoleOutput out) throws IOException {
    Optional<String> fileSet = fileSetName.isPresent() ? fileSetName : ClientFileSets.only(director, client, out);
    if (fileSet.isEmpty()) {
      return Optional.empty();
    }
    var now = director.now();
    List<Long> ids = director.catalog().restore().jobIds(client.clientId(), fileSet.get(), now);
    if (ids.isEmpty()) {
      out.error("No Full backup before %s found.\n", SQL_TIME.format(now));
      return Optional.empty();
    }
    return Optional.of(ids);
  }

  /**
   * The latest versions of the selected jobs, then what {@code all}, {@code file=} or {@code directory=} keep. A
   * name that matches nothing is reported as Bareos does ({@code No database record found for: x}).
   */
  private static List<RestoreFile> select(DirectorServices director, List<Long> jobIds, String ids,
      RestoreArguments args, ConsoleOutput out) throws IOException {
    List<RestoreFile> versions = director.catalog().restore().latestVersions(jobIds);
    if (!args.files().isEmpty() || !args.directories().isEmpty()) {
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
      return named;
    }
    out.info("\nBuilding directory tree for JobId(s) %s ...  ", ids);
    String count = BareosNumbers.withCommas(RestoreTreeCount.of(versions));
    if (args.all()) {
      out.info("\n%s files inserted into the tree and marked for extraction.\n", count);
      return versions;
    }
    out.info("\n%s files inserted into the tree.\n", count);
    return List.of();
  }
}
