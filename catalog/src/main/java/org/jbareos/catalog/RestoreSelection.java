package org.jbareos.catalog;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

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
 *       (deleted in that job) hides the file. Ordered by JobTDate, then FileIndex, as the bootstrap wants.
 * </ol>
 */
public final class RestoreSelection {
  private static final int FETCH_SIZE = 10_000;

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
   * without holding them all in memory (the server sends them {@value #FETCH_SIZE} at a time).
   *
   * @return how many files were passed to {@code sink}
   */
  public long forEachFile(Collection<Long> jobIds, Consumer<RestoreFile> sink) {
    if (jobIds.isEmpty()) {
      return 0;
    }
    long[] ids = jobIds.stream().mapToLong(Long::longValue).toArray();
    return tx.inTransaction(
        h -> {
          // the DISTINCT ON sort over a million rows stays in memory instead of spilling to disk
          h.execute("SET LOCAL work_mem = '256MB'");
          long[] count = {0};
          h.createQuery(
                  "SELECT path.path, t1.name, t1.fileindex, t1.jobid, t1.lstat, t1.deltaseq, t1.md5,"
                      + " t1.fhinfo::bigint AS fhinfo, t1.fhnode::bigint AS fhnode"
                      + " FROM (SELECT DISTINCT ON (file.name, file.pathid) job.jobtdate, file.jobid, file.fileindex,"
                      + " file.pathid, file.name, file.lstat, file.md5, file.deltaseq, file.fhinfo, file.fhnode"
                      + " FROM file JOIN job USING (jobid) WHERE file.jobid = ANY(:ids)"
                      + " ORDER BY file.name, file.pathid, job.jobtdate DESC, file.jobid DESC) AS t1"
                      + " JOIN path ON (path.pathid = t1.pathid)"
                      + " WHERE t1.fileindex > 0"
                      + " ORDER BY t1.jobtdate, t1.fileindex")
              .bind("ids", ids)
              .setFetchSize(FETCH_SIZE)
              .map(
                  (rs, ctx) ->
                      new RestoreFile(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
                          rs.getInt(6), rs.getString(7), rs.getLong(8), rs.getLong(9)))
              .forEach(
                  file -> {
                    sink.accept(file);
                    count[0]++;
                  });
          return count[0];
        });
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
