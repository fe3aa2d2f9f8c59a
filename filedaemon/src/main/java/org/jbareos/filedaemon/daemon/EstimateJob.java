package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jbareos.filedaemon.walk.FileSetWalk;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.filedaemon.walk.WalkEntry;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.dirfd.EstimateCommand;
import org.jbareos.protocol.dirfd.EstimateReply;

/**
 * {@code estimate listing=<0|1>} ({@code filed/dir_cmd.cc EstimateCmd}, {@code filed/estimate.cc TallyFile};
 * PROTOCOL.md §5.1): walks the FileSet as a backup would (with the since time of an Incremental) without reading any
 * data, and answers {@code 2000 OK estimate files=<n,nnn> bytes=<n,nnn>} and an EOD. Every file the backup would save
 * counts; the bytes are the sizes of the regular files (a hard link already counted adds nothing). With {@code
 * listing=1} each file is also reported in {@code ls -l} form as an {@code M_RESTORED} job message ({@code
 * PrintLsOutput}).
 */
final class EstimateJob {

  /** {@code encode_time}: local time. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final BareosConnection director;
  private final JobSession job;
  private final FileDaemonServices services;

  EstimateJob(BareosConnection director, JobSession job, FileDaemonServices services) {
    this.director = director;
    this.job = job;
    this.services = services;
  }

  boolean run(String text) throws IOException {
    if (!services.allows("estimate", job.messages())) {
      director.send("2992 Bad estimate command.\n");
      return false;
    }
    EstimateCommand command;
    try {
      command = EstimateCommand.parse(text);
    } catch (ProtocolException e) {
      job.messages().fatal("Bad estimate command: " + text + (text.endsWith("\n") ? "" : "\n"));
      director.send("2992 Bad estimate command.\n");
      return false;
    }
    Optional<FindFileSet> fileSet = job.fileSet();
    long files = 0;
    long bytes = 0;
    job.status(JobStatus.RUNNING);
    if (fileSet.isPresent()) {
      try (FileSetWalk walk = new FileSetWalk(fileSet.get(), job.changes())) {
        while (walk.hasNext() && !job.isCanceled()) {
          WalkEntry entry = walk.next();
          if (entry instanceof FoundFile file) {
            files++;
            if (file.type() != FileType.LNKSAVED && file.stat().isRegular() && file.stat().size() > 0) {
              bytes += file.stat().size();
            }
            if (command.listing()) {
              job.messages().send(JobMessage.M_RESTORED, lsLine(file));
            }
          }
        }
      }
    }
    director.send(new EstimateReply(files, bytes).wireText());
    director.signal(Signal.EOD);
    return true;
  }

  /** {@code attr_to_ls_output}: mode, links, owner, group, size, ctime, name ({@code -> target} for a symlink). */
  static String lsLine(FoundFile file) {
    FileStat stat = file.stat();
    String owner = Long.toString(stat.uid());
    String group = Long.toString(stat.gid());
    try {
      PosixFileAttributes attributes =
          Files.readAttributes(file.path(), PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      owner = attributes.owner().getName();
      group = attributes.group().getName();
    } catch (IOException | UnsupportedOperationException e) {
      // The numeric ids stay, as Bareos shows them for unknown users.
    }
    String name = file.fname() + (file.type() == FileType.LNK ? " -> " + file.link() : "");
    return String.format(Locale.ROOT, "%s  %2d %-8.8s %-8.8s%12.12s %s  %s\n",
        stat.encode(0, 0).modeText(), stat.nlink(),
        owner, group, Long.toString(stat.size()), TIME.format(Instant.ofEpochSecond(stat.ctime())), name);
  }
}
