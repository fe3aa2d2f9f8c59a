package org.jbareos.catalog;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

/**
 * What a restore of a client's fileset as of a time brings back, chosen the way Bareos's restore command does
 * ({@code dird/ua_restore.cc:SelectBackupsBeforeDate} with the {@code uar_last_full}, {@code uar_dif} and
 * {@code uar_inc} queries, then {@code cats/sql_get.cc:GetFileList} with {@code select_recent_version}).
 *
 * <ol>
 *   <li>The last successful ({@code T}/{@code W}) Full backup of the client and fileset (by FileSet name) that
 *       started before the time and has its data on an enabled volume.
 *   <li>The last such Differential after that Full (by JobTDate).
 *   <li>Every such Incremental after the later of the two.
 *   <li>Among those jobs, the latest version (highest JobTDate) of each path and name; a version with FileIndex 0
 *       (deleted in that job) hides the file. Ordered by JobTDate, then FileIndex, as the bootstrap wants. Base
 *       jobs ({@code BaseFiles}) are not followed. See {@link #selectionOfJob} for how the query differs from
 *       Bareos's.
 * </ol>
 */
public final class RestoreSelection {
  private final CatalogTransactions tx;

  RestoreSelection(CatalogTransactions tx) {
    this.tx = tx;
  }

  /**
   * The JobIds of the restore (Full, Differential, Incrementals), oldest first; empty when there is no Full before
   * {@code before} ("No Full backup before ... found").
   */
  public List<Long> jobIds(long clientId, String fileSet, LocalDateTime before) {
    return tx.inTransaction(h -> jobIds(h, clientId, fileSet, before));
  }

  /** The files of the restore as one list (see {@link #forEachFile} for large restores). */
  public List<RestoreFile> files(long clientId, String fileSet, LocalDateTime before) {
    List<RestoreFile> files = new ArrayList<>();
    forEachFile(jobIds(clientId, fileSet, before), files::add);
    return files;
  }

  /** The latest versions among {@code jobIds}, as one list. */
  public List<RestoreFile> latestVersions(Collection<Long> jobIds) {
    List<RestoreFile> files = new ArrayList<>();
    forEachFile(jobIds, files::add);
    return files;
  }

  /**
   * Streams the latest version of each file among {@code jobIds} to {@code sink}, in JobTDate and FileIndex order,
   * without holding them all in memory (they stream with {@code COPY ... TO STDOUT}).
   *
   * @return how many files were passed to {@code sink}
   */
  public long forEachFile(Collection<Long> jobIds, Consumer<RestoreFile> sink) {
    return forEachFile(jobIds, false, false, sink);
  }

  /**
   * Like {@link #forEachFile(Collection, Consumer)}, but a path and name that one job saved twice comes twice, in
   * FileIndex order: for a consumer that keeps one of them itself, as the restore tree does ({@code dird/ua_tree.cc
   * InsertTreeHandler}). It saves the query that looks for such repeats (a tenth of a 50,000-file selection). It
   * holds one job's rows at a time (the tree holds them all anyway), which saves two more steps: it sorts them itself
   * (the server's sort cost a third of the query and held back the first row until it had read the last, while the
   * rows come nearly in order anyway), and it looks up their paths afterwards by the PathIds they name, not
   * beforehand by a query over the job's files.
   */
  public long forEachFileWithRepeats(Collection<Long> jobIds, Consumer<RestoreFile> sink) {
    return forEachFile(jobIds, false, true, sink);
  }

  /**
   * Like {@link #forEachFile(Collection, Consumer)}, but a file whose latest version is a deletion (FileIndex 0) is
   * passed too, as that version: the accurate list counts them as Bareos does ({@code dird/backup.cc
   * AccurateListHandler} discards them one by one and reports how many).
   */
  public long forEachLatestVersion(Collection<Long> jobIds, Consumer<RestoreFile> sink) {
    return forEachFile(jobIds, true, false, sink);
  }

  private long forEachFile(
      Collection<Long> jobIds, boolean withDeletions, boolean withRepeats, Consumer<RestoreFile> sink) {
    if (jobIds.isEmpty()) {
      return 0;
    }
    long[] ids = jobIds.stream().mapToLong(Long::longValue).toArray();
    return tx.inTransaction(
        h -> {
          h.execute("SET LOCAL work_mem = '256MB'");
          h.execute("SET LOCAL jit = off");
          // Bareos orders by JobTDate; equal JobTDates are ordered by JobId here
          List<Long> ordered =
              h.createQuery("SELECT jobid FROM job WHERE jobid = ANY(:ids) ORDER BY jobtdate, jobid")
                  .bind("ids", ids)
                  .mapTo(Long.class)
                  .list();
          CopyManager copyApi;
          try {
            copyApi = h.getConnection().unwrap(PGConnection.class).getCopyAPI();
          } catch (SQLException e) {
            throw tx.translate(new IllegalStateException("no COPY on this connection", e));
          }
          long count = 0;
          for (int i = 0; i < ordered.size(); i++) {
            long jobId = ordered.get(i);
            boolean repeatsToDrop = !withRepeats && savedAFileTwice(h, jobId);
            String sql = selectionOfJob(jobId, ordered.subList(i + 1, ordered.size()), withDeletions,
                repeatsToDrop, !withRepeats);
            if (withRepeats) {
              JobRows rows = new JobRows(jobId);
              copyOut(copyApi, sql, rows);
              count += rows.inFileIndexOrder(pathsById(h, rows.pathIds()), sink);
            } else {
              Map<Long, String> paths = pathsOfJob(h, jobId);
              long[] passed = {0};
              copyOut(copyApi, sql, (pathId, name, fileIndex, lstat, deltaSeq, md5) -> {
                String path = paths.get(pathId);
                if (path != null) {
                  sink.accept(new RestoreFile(path, name, fileIndex, jobId, lstat, deltaSeq, md5));
                  passed[0]++;
                }
              });
              count += passed[0];
            }
          }
          return count;
        });
  }

  /**
   * The files of one job that no later job of the selection saved again (or marked deleted), in FileIndex order if
   * {@code sorted}.
   *
   * <p>Bareos selects the same set with one {@code SELECT DISTINCT ON (Name, PathId) ... ORDER BY Name, PathId,
   * JobTDate DESC} over all jobs ({@code select_recent_version}). Asking job by job, oldest first, gives the same
   * files in the same order while PostgreSQL only hashes the later jobs' (path, name) pairs for an anti-join instead
   * of sorting every row by name: for a Full of a million files and its Incrementals it runs in less than half the
   * time. A path and name that one job saved twice is returned once, at its higher FileIndex (the later copy on the
   * volume), where DISTINCT ON keeps one of them. JobIds are numbers, so they are written into the statement (COPY
   * takes no parameters).
   */
  private static String selectionOfJob(
      long jobId, List<Long> laterJobIds, boolean withDeletions, boolean savedAFileTwice, boolean sorted) {
    String newer =
        laterJobIds.isEmpty()
            ? ""
            : " AND NOT EXISTS (SELECT 1 FROM file newer WHERE newer.jobid IN ("
                + laterJobIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ") AND newer.pathid = f.pathid AND newer.name = f.name)";
    return "COPY (SELECT f.pathid, f.name, f.fileindex, f.lstat, f.deltaseq, f.md5"
        + " FROM file f WHERE f.jobid = " + jobId + (withDeletions ? "" : " AND f.fileindex > 0") + newer
        + (savedAFileTwice
            ? " AND NOT EXISTS (SELECT 1 FROM file again WHERE again.jobid = f.jobid AND again.pathid = f.pathid"
                + " AND again.name = f.name AND again.fileindex > f.fileindex)"
            : "")
        + (sorted ? " ORDER BY f.fileindex" : "") + ") TO STDOUT";
  }

  /**
   * Whether one job saved a path and name twice. Rare, so it is asked first: the anti-join that keeps only the higher
   * FileIndex of such a pair costs the selection of a million-file job about 1.6 s of server CPU, this aggregate far
   * less.
   */
  private static boolean savedAFileTwice(Handle h, long jobId) {
    return h.createQuery(
            "SELECT EXISTS (SELECT 1 FROM file WHERE jobid = :job GROUP BY pathid, name HAVING count(*) > 1)")
        .bind("job", jobId)
        .mapTo(Boolean.class)
        .one();
  }

  /**
   * The paths of one job's files by PathId. The selection asks for PathIds and not for a join with {@code path}: the
   * statistics never know the newest job (they are gathered after it is inserted, if at all), so PostgreSQL expects
   * one row and joins by looking up the path of every file, which took 88 of the 124 ms a 50,000-file selection spent
   * in the server. A job has a few paths for many files, and one String per path serves all of its files.
   */
  private static Map<Long, String> pathsOfJob(Handle h, long jobId) {
    return paths(h.createQuery(
        "SELECT pathid, path FROM path WHERE pathid IN (SELECT pathid FROM file WHERE jobid = :job)")
        .bind("job", jobId));
  }

  /** The paths of the given PathIds: after the COPY, a lookup of a job's few directories by key. */
  private static Map<Long, String> pathsById(Handle h, long[] pathIds) {
    if (pathIds.length == 0) {
      return Map.of();
    }
    return paths(h.createQuery("SELECT pathid, path FROM path WHERE pathid = ANY(:ids)").bind("ids", pathIds));
  }

  /** The (pathid, path) rows of {@code query} by PathId. */
  private static Map<Long, String> paths(Query query) {
    Map<Long, String> paths = new HashMap<>();
    query.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .forEach(row -> paths.put(row.getKey(), row.getValue()));
    return paths;
  }

  /** One row of {@link #selectionOfJob} (its JobId is the job's), the path still a PathId. */
  @FunctionalInterface
  private interface RowSink {
    void accept(long pathId, String name, int fileIndex, String lstat, int deltaSeq, String md5);
  }

  /** Streams one COPY ... TO STDOUT of {@link #selectionOfJob} into {@code sink}. */
  private void copyOut(CopyManager copyApi, String sql, RowSink sink) {
    try {
      CopyOut copy = copyApi.copyOut(sql);
      try {
        byte[] row;
        CopyText.Row c = new CopyText.Row();
        while ((row = copy.readFromCopy()) != null) {
          c.read(row, row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length);
          sink.accept(c.number(0), c.text(1), Math.toIntExact(c.number(2)), c.text(3), Math.toIntExact(c.number(4)),
              c.text(5));
        }
      } catch (RuntimeException sinkFailure) {
        if (copy.isActive()) {
          drain(copy, sinkFailure);
        }
        throw sinkFailure;
      }
    } catch (SQLException e) {
      throw tx.translate(new IllegalStateException("restore selection failed: " + sql, e));
    }
  }

  /**
   * The rows of one job as they come, unsorted and with PathIds, kept column by column until the job's paths are
   * known; then passed on in FileIndex order. They come in the order the batch insert wrote them, which is FileIndex
   * order unless the table was rewritten, so the order is mostly found, not made.
   */
  private static final class JobRows implements RowSink {
    private final long jobId;
    private long[] pathIds = new long[1024];
    private int[] fileIndexes = new int[1024];
    private String[] names = new String[1024];
    private String[] lstats = new String[1024];
    private int[] deltaSeqs = new int[1024];
    private String[] md5s = new String[1024];
    private int size;
    private boolean sorted = true;

    JobRows(long jobId) {
      this.jobId = jobId;
    }

    @Override
    public void accept(long pathId, String name, int fileIndex, String lstat, int deltaSeq, String md5) {
      if (size == pathIds.length) {
        int grown = size * 2;
        pathIds = Arrays.copyOf(pathIds, grown);
        fileIndexes = Arrays.copyOf(fileIndexes, grown);
        names = Arrays.copyOf(names, grown);
        lstats = Arrays.copyOf(lstats, grown);
        deltaSeqs = Arrays.copyOf(deltaSeqs, grown);
        md5s = Arrays.copyOf(md5s, grown);
      }
      sorted &= size == 0 || fileIndexes[size - 1] <= fileIndex;
      pathIds[size] = pathId;
      fileIndexes[size] = fileIndex;
      names[size] = name;
      lstats[size] = lstat;
      deltaSeqs[size] = deltaSeq;
      md5s[size++] = md5;
    }

    /** The distinct PathIds of the rows (a directory's files come together: only the first of each run counts). */
    long[] pathIds() {
      Set<Long> distinct = new HashSet<>();
      for (int i = 0; i < size; i++) {
        if (i == 0 || pathIds[i] != pathIds[i - 1]) {
          distinct.add(pathIds[i]);
        }
      }
      return distinct.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Passes the rows on in FileIndex order (a stable sort keeps a repeat's rows in their order); a row whose PathId
     * has no path is left out, as a join with {@code path} would. Returns how many were passed.
     */
    long inFileIndexOrder(Map<Long, String> paths, Consumer<RestoreFile> sink) {
      Integer[] order = null;
      if (!sorted) {
        order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> fileIndexes[i]));
      }
      long passed = 0;
      for (int n = 0; n < size; n++) {
        int i = order == null ? n : order[n];
        String path = paths.get(pathIds[i]);
        if (path != null) {
          sink.accept(new RestoreFile(path, names[i], fileIndexes[i], jobId, lstats[i], deltaSeqs[i], md5s[i]));
          passed++;
        }
      }
      return passed;
    }
  }

  /**
   * Reads the rest of a COPY TO whose reader stopped (the sink threw: the FD hung up during the accurate list), so the
   * connection goes back to the pool clean and the transaction can roll back. pgjdbc's {@code cancelCopy} of a COPY
   * TO only sends a cancel request and leaves the remaining CopyData, CommandComplete and ReadyForQuery on the wire
   * (pgjdbc PR 4027): the connection's next statement then failed with {@code NoSuchElementException} in
   * {@code QueryExecutorImpl.processResults}.
   */
  private static void drain(CopyOut copy, RuntimeException sinkFailure) {
    try {
      while (copy.readFromCopy() != null) {
        // discarded: nobody reads these rows any more
      }
    } catch (SQLException e) {
      sinkFailure.addSuppressed(e);
    }
  }

  private static List<Long> jobIds(Handle h, long clientId, String fileSet, LocalDateTime before) {
    Optional<long[]> full =
        h.createQuery(
                "SELECT job.jobid, job.jobtdate FROM job JOIN fileset USING (filesetid)"
                    + " WHERE job.clientid = :client AND job.starttime < :before AND job.level = 'F'"
                    + " AND job.jobstatus IN ('T','W') AND job.type = 'B' AND fileset.fileset = :fileSet"
                    + " AND " + ON_ENABLED_VOLUME
                    + " ORDER BY job.jobtdate DESC LIMIT 1")
            .bind("client", clientId)
            .bind("before", before)
            .bind("fileSet", fileSet)
            .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .findOne();
    if (full.isEmpty()) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    ids.add(full.get()[0]);
    long since = full.get()[1];
    Optional<long[]> differential = after(h, "D", since, clientId, fileSet, before, true).stream().findFirst();
    if (differential.isPresent()) {
      ids.add(differential.get()[0]);
      since = differential.get()[1];
    }
    for (long[] incremental : after(h, "I", since, clientId, fileSet, before, false)) {
      ids.add(incremental[0]);
    }
    return ids;
  }

  /** Bareos joins JobMedia and Media with {@code Media.Enabled = 1}: a job whose volumes are disabled is skipped. */
  private static final String ON_ENABLED_VOLUME =
      "EXISTS (SELECT 1 FROM jobmedia JOIN media USING (mediaid)"
          + " WHERE jobmedia.jobid = job.jobid AND media.enabled = 1)";

  private static List<long[]> after(
      Handle h, String level, long since, long clientId, String fileSet, LocalDateTime before, boolean latestOnly) {
    return h.createQuery(
            "SELECT job.jobid, job.jobtdate FROM job JOIN fileset USING (filesetid)"
                + " WHERE job.jobtdate > :since AND job.starttime < :before AND job.clientid = :client"
                + " AND job.level = :level AND job.jobstatus IN ('T','W') AND job.type = 'B'"
                + " AND fileset.fileset = :fileSet AND " + ON_ENABLED_VOLUME
                + (latestOnly ? " ORDER BY job.jobtdate DESC LIMIT 1" : " ORDER BY job.jobtdate, job.jobid"))
        .bind("since", since)
        .bind("before", before)
        .bind("client", clientId)
        .bind("level", level)
        .bind("fileSet", fileSet)
        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .list();
  }
}
