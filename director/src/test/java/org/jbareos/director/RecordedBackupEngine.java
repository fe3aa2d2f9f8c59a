package org.jbareos.director;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.RunRequest;
import org.jbareos.protocol.JobStatus;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/**
 * A stand-in for the job engine that does what the recorded Director's engine did for {@code run
 * job=backup-bareos-fd level=Full yes} in backup-full.txt: JobId 1 runs until the console waits, then it ends as
 * recorded: its Job and Media rows are written, the Full pool counts its volume, and the job messages the recorded
 * Director queued for the console are queued.
 */
final class RecordedBackupEngine implements JobRunner {
  private final CatalogDatabase catalog;
  private final ConsoleMessages messages;
  private final RecordedCatalog recorded;
  private final List<RunRequest> requests = new ArrayList<>();
  private boolean running;

  RecordedBackupEngine(CatalogDatabase catalog, ConsoleMessages messages, RecordedCatalog recorded) {
    this.catalog = catalog;
    this.messages = messages;
    this.recorded = recorded;
  }

  @Override
  public synchronized long run(RunRequest request) {
    requests.add(request);
    running = true;
    return 1;
  }

  @Override
  public synchronized boolean isRunning(long jobId) {
    return anyRunning();
  }

  @Override
  public synchronized boolean anyRunning() {
    if (running) {
      running = false;
      finishJobOne();
    }
    return false;
  }

  @Override
  public Optional<JobStatus> finalStatus(long jobId) {
    return Optional.of(JobStatus.TERMINATED);
  }

  synchronized List<RunRequest> requests() {
    return List.copyOf(requests);
  }

  private void finishJobOne() {
    JsonNode job = null;
    for (JsonNode j : recorded.resultOf("llist jobs").get("jobs")) {
      if (j.get("jobid").asText().equals("1")) {
        job = j;
      }
    }
    JsonNode volume = recorded.resultOf("list volumes").get("volumes").get("full").get(0);
    try (Connection c = catalog.dataSource().getConnection()) {
      RecordedCatalog.insertJob(c, job);
      execute(c, "INSERT INTO media (mediaid, volumename, volstatus, enabled, volbytes, volfiles, volretention,"
          + " recycle, slot, inchanger, mediatype, lastwritten, poolid, storageid) VALUES"
          + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3, 1)", RecordedCatalog.fields(volume, "mediaid", "volumename",
          "volstatus", "enabled", "volbytes", "volfiles", "volretention", "recycle", "slot", "inchanger",
          "mediatype", "lastwritten"));
      execute(c, "UPDATE pool SET numvols = 1 WHERE poolid = 3");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder queued = new StringBuilder();
    for (TranscriptMessage m : jobMessages()) {
      queued.append(m.text());
    }
    messages.add(queued.toString());
  }

  /** What the recorded Director sent for {@code messages}: the frames between the command and its EOD. */
  static List<TranscriptMessage> jobMessages() {
    List<TranscriptMessage> console = Transcript.conformance("backup-full.txt").connectionBetween("console", "dir");
    List<TranscriptMessage> lines = new ArrayList<>();
    boolean inMessages = false;
    for (TranscriptMessage m : console) {
      if (m.isFrom("console", "dir")) {
        inMessages = !m.isSignal() && m.text().equals("messages");
      } else if (inMessages && !m.isSignal()) {
        lines.add(m);
      }
    }
    return lines;
  }

  private static void execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i], Types.OTHER);
      }
      s.executeUpdate();
    }
  }
}
