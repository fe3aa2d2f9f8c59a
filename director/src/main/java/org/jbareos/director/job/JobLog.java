package org.jbareos.director.job;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.protocol.JobMessage;

/**
 * A job's messages: what Bareos's {@code Jmsg} writes for the Director ({@code bareos-dir JobId 1: Start Backup
 * ...}) and the daemons' {@code Jmsg} lines it relays (PROTOCOL.md §6.2, their text is already prefixed {@code
 * bareos-sd JobId 1: }). A line goes to the catalog's {@code Log} table when the {@code catalog} destination of the
 * job's Messages resource takes its type (the kit's {@code catalog = all, !skipped, !saved, !audit}), and every line
 * stays in memory for the job's result. A line whose type the {@code console} destination takes goes to the
 * {@link JobListener} (the console message queue), and to each {@code append} file whose types take it ({@link
 * MessageFiles}). A catalog that fails here does not stop the job.
 */
public final class JobLog {
  private final CatalogDatabase catalog;
  private final Clock clock;
  private final String directorName;
  private final long jobId;
  private final Predicate<String> toCatalog;
  private final Predicate<String> toConsole;
  private final JobListener listener;
  private final MessageFiles files;
  private final List<MessageFiles.Target> appends;
  private final List<String> lines = new ArrayList<>();

  /**
   * @param toCatalog whether a message type ({@code info}, {@code error}, {@code saved}, ... as the Messages
   *     resource names them) goes to the {@code Log} table
   */
  public JobLog(CatalogDatabase catalog, Clock clock, String directorName, long jobId, Predicate<String> toCatalog) {
    this(catalog, clock, directorName, jobId, toCatalog, type -> false, JobListener.NONE, new MessageFiles(),
        List.of());
  }

  /**
   * @param toConsole whether a message type goes to the console ({@code console = ...} of the Messages resource)
   * @param listener who queues console messages
   * @param files where {@code append} destinations write
   * @param appends the {@code append} destinations of the job's Messages resource
   */
  public JobLog(CatalogDatabase catalog, Clock clock, String directorName, long jobId, Predicate<String> toCatalog,
      Predicate<String> toConsole, JobListener listener, MessageFiles files, List<MessageFiles.Target> appends) {
    this.catalog = catalog;
    this.clock = clock;
    this.directorName = directorName;
    this.jobId = jobId;
    this.toCatalog = toCatalog;
    this.toConsole = toConsole;
    this.listener = listener;
    this.files = files;
    this.appends = List.copyOf(appends);
  }

  /** An M_INFO line of the Director: {@code bareos-dir JobId <id>: <text>}. */
  public void info(String text) {
    append("info", directorName + " JobId " + jobId + ": " + withNewline(text));
  }

  /** An M_FATAL line of the Director: {@code bareos-dir JobId <id>: Fatal error: <text>}. */
  public void fatal(String text) {
    append("fatal", directorName + " JobId " + jobId + ": Fatal error: " + withNewline(text));
  }

  /** An M_ERROR line of the Director: {@code bareos-dir JobId <id>: Error: <text>}. */
  public void error(String text) {
    append("error", directorName + " JobId " + jobId + ": Error: " + withNewline(text));
  }

  /** A daemon's {@code Jmsg}, its text as sent. */
  public void daemon(JobMessage message) {
    append(typeName(message.type()), withNewline(message.text()));
  }

  /** The lines so far, in order. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  private void append(String type, String line) {
    synchronized (this) {
      lines.add(line);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (toConsole.test(type)) {
      listener.message(now, line);
    }
    for (MessageFiles.Target append : appends) {
      if (append.types().test(type)) {
        files.append(append.file(), now, line);
      }
    }
    if (!toCatalog.test(type)) {
      return;
    }
    try {
      catalog.log().append(jobId, now, line);
    } catch (RuntimeException e) {
      // the line stays in memory; the job's own catalog writes report the failure
    }
  }

  /** The Messages resource's name of an {@code M_} type ({@code lib/messages_resource.cc msg_types}). */
  static String typeName(int type) {
    return switch (type) {
      case 1 -> "abort";
      case 2 -> "debug";
      case 3 -> "fatal";
      case 4, 11 -> "error";
      case 5 -> "warning";
      case 7 -> "saved";
      case 8 -> "notsaved";
      case 9 -> "skipped";
      case 10 -> "mount";
      case 12 -> "terminate";
      case 13 -> "restored";
      case 14 -> "security";
      case 15 -> "alert";
      case 16 -> "volmgmt";
      case 17 -> "audit";
      default -> "info";
    };
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
