package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.accurate.AccurateFiles;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.IncrementalSince;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirfd.AccurateCommand;
import org.jbareos.protocol.dirfd.AccurateEntry;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.fileset.FileSetLines;

/**
 * The commands that prepare a job ({@code filed/dir_cmd.cc job_cmd, LevelCmd, FilesetCmd, StorageCmd}, PROTOCOL.md
 * §5.1, §5.3, §5.5). Each returns false when the session must end.
 */
final class JobSetupCommands {

  /** Bareos tries to reach the SD every 10 s ({@code StorageCmd}: {@code connect(jcr, 10, SDConnectTimeout, ...)}). */
  private static final Duration SD_RETRY_INTERVAL = Duration.ofSeconds(10);

  private final BareosConnection director;
  private final JobSession job;
  private final FileDaemonServices services;

  JobSetupCommands(BareosConnection director, JobSession job, FileDaemonServices services) {
    this.director = director;
    this.job = job;
    this.services = services;
  }

  /** {@code JobId=.. Job=.. SDid=.. SDtime=.. Authorization=.. [ssl=..]} &rarr; {@code 2000 OK Job ...}, no newline. */
  boolean jobId(String text) throws IOException {
    FdJobCommand command;
    try {
      command = FdJobCommand.parse(text);
    } catch (ProtocolException e) {
      job.messages().fatal("Bad Job Command: " + text + (text.endsWith("\n") ? "" : "\n"));
      director.send(DirFdLine.BAD_JOB.wireText());
      return false;
    }
    job.start(command);
    services.jobs().add(job);
    director.send(services.version().jobReply().wireText());
    return true;
  }

  /**
   * {@code level = full ...} &rarr; {@code 2000 OK level}. An incremental or differential level gets no answer: the
   * {@code level = since_utime <t> ...} that follows does, after the clock dialog ({@link SinceTimeDialog}).
   */
  boolean level(String text) throws IOException {
    LevelCommand command;
    try {
      command = LevelCommand.parse(text);
    } catch (ProtocolException e) {
      return badLevel(text);
    }
    switch (command) {
      case LevelCommand.Base base -> {
        if (base.accurate()) {
          job.accurate(true);
        }
        switch (base.level()) {
          case LevelCommand.Base.FULL, LevelCommand.Base.BASE -> job.level(base.level(), Optional.empty());
          case LevelCommand.Base.DIFFERENTIAL, LevelCommand.Base.INCREMENTAL -> {
            job.level(base.level(), Optional.empty());
            return true;
          }
          default -> {
            job.messages().fatal("Unknown backup level: " + base.level() + "\n");
            job.status(JobStatus.ERROR_TERMINATED);
            return false;
          }
        }
      }
      case LevelCommand.SinceTime sinceTime -> {
        Optional<Long> adjusted = new SinceTimeDialog(director, job.messages()).adjust(sinceTime.utime());
        if (adjusted.isEmpty()) {
          return badLevel(text);
        }
        if (job.level().isEmpty()) {
          job.level("since", Optional.empty());
        }
        job.level(job.level(), Optional.of(new IncrementalSince(adjusted.get())));
      }
    }
    director.send(DirFdLine.LEVEL_OK.wireText());
    return true;
  }

  private boolean badLevel(String text) {
    job.messages().fatal("Bad level command: " + text + (text.endsWith("\n") ? "" : "\n"));
    job.status(JobStatus.ERROR_TERMINATED);
    return false;
  }

  /**
   * {@code accurate files=<n>}, then one frame per file of the previous backups up to a signal ({@code
   * filed/accurate.cc AccurateCmd}): no answer; a command that does not scan gets {@code 2991 Bad accurate command}
   * and ends the session.
   * Like Bareos, an entry that cannot be read is left out of the list (its file is then saved as new); the job
   * warns once how many there were.
   */
  boolean accurate(String text) throws IOException {
    AccurateCommand command;
    try {
      command = AccurateCommand.parse(text);
    } catch (ProtocolException e) {
      director.send(DirFdLine.BAD_ACCURATE.wireText());
      return false;
    }
    AccurateFiles files = new AccurateFiles(command.files(), warning -> job.messages().send(JobMessage.M_WARNING,
        warning));
    long unreadable = 0;
    while (director.receive() instanceof Packet.Message entry) {
      try {
        files.add(AccurateEntry.parse(entry.payload()));
      } catch (ProtocolException e) {
        unreadable++;
      }
    }
    if (unreadable > 0) {
      job.messages().send(JobMessage.M_WARNING, unreadable + " entries of the accurate list could not be read;"
          + " their files are saved as new.\n");
    }
    job.accurateFiles(files);
    return true;
  }

  /** {@code fileset[ vss=1]}, the item frames up to a signal &rarr; {@code 2000 OK include}. */
  boolean fileSet() throws IOException {
    List<String> lines = new ArrayList<>();
    while (director.receive() instanceof Packet.Message line) {
      lines.add(line.text());
    }
    try {
      job.fileSet(FindFileSet.of(FileSetLines.parse(lines)));
    } catch (ProtocolException | IllegalArgumentException e) {
      job.messages().fatal("Bad FileSet: " + e.getMessage() + "\n");
      job.status(JobStatus.ERROR_TERMINATED);
      return false;
    }
    director.send(DirFdLine.INCLUDE_OK.wireText());
    return true;
  }

  /**
   * {@code storage address=.. port=.. ssl=.. [Authorization=..]}: connect to the SD &rarr; {@code 2000 OK storage}, or
   * a fatal job message, {@code 2902 Bad storage} and the end of the session.
   */
  boolean storage(String text) throws IOException {
    StorageCommand command;
    try {
      command = StorageCommand.parse(text);
    } catch (ProtocolException e) {
      job.messages().fatal("Bad storage command: " + text + (text.endsWith("\n") ? "" : "\n"));
      director.send(DirFdLine.BAD_STORAGE.wireText());
      return false;
    }
    if (command.authorization() != null) {
      job.useStorageKey(command.authorization(), command.ssl());
    }
    job.storage().ifPresent(StorageConnection::close);
    job.storage(null);
    StorageConnection storage;
    try {
      storage = StorageConnection.connect(services.storageHandshake(), command.address(), command.port(),
          job.jobName(), job.sdAuthKey() == null ? "" : job.sdAuthKey(), command.ssl(), SD_RETRY_INTERVAL,
          services.sdConnectTimeout());
    } catch (AuthenticationException e) {
      job.messages().fatal("Failed to authenticate Storage daemon.\n");
      director.send(DirFdLine.BAD_STORAGE.wireText());
      return false;
    } catch (IOException e) {
      job.messages().fatal("Failed to connect to Storage daemon: " + command.address() + ":" + command.port()
          + "\n");
      director.send(DirFdLine.BAD_STORAGE.wireText());
      return false;
    }
    job.storage(storage);
    if (job.jobId() != 0) {
      job.messages().info(" Encryption: " + storage.encryption() + "\n");
    }
    job.messages().queue(JobMessage.M_INFO, "Connected Storage daemon at " + command.address() + ":"
        + command.port() + ", encryption: " + storage.encryption() + "\n");
    director.send(DirFdLine.STORAGE_OK.wireText());
    return true;
  }
}
