package org.jbareos.director;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/**
 * The catalog the recorded Director had when {@code console-api2.txt} was captured (JobIds 1-7, pools, volumes, the
 * files of JobId 1), rebuilt from the JSON answers in that recording, and the Director's recent job results as its
 * {@code status director} showed them.
 */
final class RecordedCatalog {
  /** What the recorded Director said about itself (its login line, {@code version}, {@code status director}). */
  static final DirectorVersion RECORDED_VERSION = new DirectorVersion("26.0.0~pre1298.eda204c31", "21 August 2026",
      "Debian GNU/Linux 12 (bookworm)", "debian", "Debian GNU/Linux 12 (bookworm)", "self-compiled",
      "Self-compiled binaries (UNSUPPORTED)\nGet professional support from https://www.bareos.com");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Transcript api2 = Transcript.conformance("console-api2.txt");

  /** The JSON {@code result} the recorded Director answered to {@code command}. */
  JsonNode resultOf(String command) {
    List<TranscriptMessage> messages = api2.connectionBetween("console", "dir");
    for (int i = 0; i < messages.size(); i++) {
      TranscriptMessage m = messages.get(i);
      if (m.isFrom("console", "dir") && !m.isSignal() && m.text().equals(command)) {
        for (int j = i + 1; j < messages.size(); j++) {
          TranscriptMessage reply = messages.get(j);
          if (reply.isFrom("dir", "console") && !reply.isSignal()) {
            try {
              return JSON.readTree(reply.payload()).get("result");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
      }
    }
    throw new IllegalArgumentException("no answer to " + command + " in " + api2.source());
  }

  /** Writes the recorded rows into an empty catalog. */
  void seed(CatalogDatabase catalog) {
    try (Connection c = catalog.dataSource().getConnection()) {
      seedResources(c);
      seedPools(c);
      seedVolumes(c);
      for (JsonNode job : resultOf("llist jobs").get("jobs")) {
        insertJob(c, job);
      }
      seedFiles(c);
      insert(c, "INSERT INTO log (jobid, time, logtext) VALUES (?, ?, ?)", 1, "2026-11-22 02:09:08",
          "bareos-dir JobId 1: Start Backup JobId 1, Job=backup-bareos-fd.2026-11-22_02.09.08_03\n");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Pools in the order the recorded server stored them after use (its {@code SELECT PoolId FROM Pool} gave Scratch,
   * Full, Incremental, Copy), with the recorded values.
   */
  private void seedPools(Connection c) throws SQLException {
    JsonNode pools = resultOf("list pools").get("pools");
    for (String name : List.of("Scratch", "Full", "Incremental", "Copy")) {
      for (JsonNode pool : pools) {
        if (pool.get("name").asText().equals(name)) {
          insert(c, "INSERT INTO pool (poolid, name, numvols, maxvols, pooltype, labelformat) VALUES"
              + " (?, ?, ?, ?, ?, ?)", fields(pool, "poolid", "name", "numvols", "maxvols", "pooltype",
              "labelformat"));
        }
      }
    }
  }

  private void seedVolumes(Connection c) throws SQLException {
    JsonNode byPool = resultOf("list volumes").get("volumes");
    JsonNode pools = resultOf("list pools").get("pools");
    Iterator<Map.Entry<String, JsonNode>> entries = byPool.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String poolId = null;
      for (JsonNode pool : pools) {
        if (pool.get("name").asText().equalsIgnoreCase(entry.getKey())) {
          poolId = pool.get("poolid").asText();
        }
      }
      for (JsonNode v : entry.getValue()) {
        List<Object> values = new ArrayList<>(List.of(fields(v, "mediaid", "volumename", "volstatus", "enabled",
            "volbytes", "volfiles", "volretention", "recycle", "slot", "inchanger", "mediatype", "lastwritten")));
        values.add(poolId);
        values.add(v.get("storage").asText().equals("File") ? "1" : "2");
        insert(c, "INSERT INTO media (mediaid, volumename, volstatus, enabled, volbytes, volfiles, volretention,"
            + " recycle, slot, inchanger, mediatype, lastwritten, poolid, storageid) VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values.toArray());
      }
    }
  }

  /**
   * The files of JobId 1 in the recorded order: a directory is its path with an empty name. The listing shows a
   * directory before its contents; the FD saved it after them (it sends a directory once it has walked it), so the
   * FileIndexes follow that order, as the restore's tree count in restore.bconsole-out.txt needs.
   */
  private void seedFiles(Connection c) throws SQLException {
    int pathId = 0;
    List<String> paths = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    resultOf("list files jobid=1").get("filenames").forEach(f -> listed.add(f.get("filename").asText()));
    List<String> saved = savedOrder(listed);
    for (String full : listed) {
      int fileIndex = saved.indexOf(full) + 1;
      int slash = full.endsWith("/") ? full.length() - 1 : full.lastIndexOf('/');
      String path = full.substring(0, slash + 1);
      String name = full.substring(slash + 1);
      int id = paths.indexOf(path) + 1;
      if (id == 0) {
        paths.add(path);
        id = ++pathId;
        insert(c, "INSERT INTO path (pathid, path) VALUES (?, ?)", id, path);
      }
      insert(c, "INSERT INTO file (fileindex, jobid, pathid, lstat, md5, name) VALUES (?, ?, ?, ?, ?, ?)",
          fileIndex, 1, id, "", "", name);
    }
  }

  /** The listed names with each directory moved after the last name below it. */
  private static List<String> savedOrder(List<String> listed) {
    List<String> saved = new ArrayList<>();
    java.util.Deque<String> open = new java.util.ArrayDeque<>();
    for (String name : listed) {
      while (!open.isEmpty() && !name.startsWith(open.peek())) {
        saved.add(open.pop());
      }
      if (name.endsWith("/")) {
        open.push(name);
      } else {
        saved.add(name);
      }
    }
    while (!open.isEmpty()) {
      saved.add(open.pop());
    }
    return saved;
  }

  /** The recent job results the recorded Director showed in {@code status director}, as the engine reports them. */
  List<TerminatedJob> terminatedJobs() {
    List<TerminatedJob> jobs = new ArrayList<>();
    JsonNode catalogJobs = resultOf("llist jobs").get("jobs");
    for (JsonNode t : resultOf("status director").get("terminated")) {
      JsonNode row = null;
      for (JsonNode j : catalogJobs) {
        if (j.get("jobid").asLong() == t.get("jobid").asLong()) {
          row = j;
        }
      }
      if (row == null) {
        throw new IllegalStateException("no catalog row for " + t);
      }
      JobType type = switch (t.get("type").asText()) {
        case "Backup" -> JobType.BACKUP;
        case "Restore" -> JobType.RESTORE;
        case "Verify" -> JobType.VERIFY;
        case "Copy" -> JobType.COPY;
        default -> throw new IllegalStateException(t.toString());
      };
      JobLevel level = JobLevel.fromCode(row.get("level").asText().charAt(0));
      jobs.add(new TerminatedJob(t.get("jobid").asLong(), row.get("job").asText(), type, level,
          JobStatus.TERMINATED, t.get("files").asLong(), t.get("bytes").asLong(), 0,
          LocalDateTime.parse(row.get("realendtime").asText(), SQL_TIME)));
    }
    return jobs;
  }

  /** One Job row as {@code llist jobs} showed it. */
  static void insertJob(Connection c, JsonNode job) throws SQLException {
    insert(c, "INSERT INTO job (jobid, job, name, purgedfiles, type, level, clientid, jobstatus, schedtime,"
            + " starttime, endtime, realendtime, jobtdate, volsessionid, volsessiontime, jobfiles, jobbytes,"
            + " joberrors, jobmissingfiles, poolid, priorjobid, filesetid) VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        fields(job, "jobid", "job", "name", "purgedfiles", "type", "level", "clientid", "jobstatus", "schedtime",
            "starttime", "endtime", "realendtime", "jobtdate", "volsessionid", "volsessiontime", "jobfiles",
            "jobbytes", "joberrors", "jobmissingfiles", "poolid", "priorjobid", "filesetid"));
  }

  /** The catalog as it was before the first job: client, fileset, storages and the four pools, no volumes. */
  void seedBeforeFirstJob(CatalogDatabase catalog) {
    try (Connection c = catalog.dataSource().getConnection()) {
      seedResources(c);
      JsonNode pools = resultOf("list pools").get("pools");
      for (JsonNode pool : pools) {
        Object[] values = fields(pool, "poolid", "name", "numvols", "maxvols", "pooltype", "labelformat");
        values[2] = "0";
        insert(c, "INSERT INTO pool (poolid, name, numvols, maxvols, pooltype, labelformat) VALUES"
            + " (?, ?, ?, ?, ?, ?)", values);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void seedResources(Connection c) throws SQLException {
    insert(c, "INSERT INTO client (clientid, name, uname) VALUES (?, ?, ?)", 1, "bareos-fd", "");
    insert(c, "INSERT INTO fileset (filesetid, fileset, md5, createtime) VALUES (?, ?, ?, ?)", 1, "TestSet", "",
        "2026-11-22 02:09:08");
    insert(c, "INSERT INTO storage (storageid, name) VALUES (?, ?)", 1, "File");
    insert(c, "INSERT INTO storage (storageid, name) VALUES (?, ?)", 2, "File2");
  }

  static Object[] fields(JsonNode row, String... names) {
    Object[] values = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      JsonNode value = row.get(names[i]);
      values[i] = value == null || value.isNull() ? null : value.asText();
    }
    return values;
  }

  private static void insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i] == null ? null : values[i].toString(), Types.OTHER);
      }
      s.executeUpdate();
    }
  }
}
