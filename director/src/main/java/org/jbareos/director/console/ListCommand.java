package org.jbareos.director.console;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code list} and {@code llist} ({@code DoListCmd}, {@code dird/ua_output.cc}): {@code jobs}, {@code jobid=N},
 * {@code volumes}, {@code pools}, {@code clients}, {@code files jobid=N}, {@code joblog jobid=N}, {@code jobmedia
 * [jobid=N]}. {@code llist} lists the long column sets, one {@code name: value} block per row.
 */
final class ListCommand implements ConsoleCommand {
  private final boolean longList;

  ListCommand(boolean longList) {
    this.longList = longList;
  }

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    session.openCatalog(line, true);
    if (line.size() < 2) {
      out.error("%s command requires a keyword\n", line.command());
      return false;
    }
    var catalog = session.director().catalog();
    ListStyle style = longList ? ListStyle.VERTICAL : ListStyle.HORIZONTAL;
    Optional<Long> jobId = line.valueOf("jobid").flatMap(ListCommand::parseId);
    String what = line.key(1).toLowerCase(Locale.ROOT);
    switch (what) {
      case "jobs", "job", "jobname", "jobid" -> {
        return JobListing.list(session, line, longList);
      }
      case "pools", "pool" -> {
        out.arrayStart("pools");
        ListResult.write(out, SqlResult.query(catalog, longList ? ListQueries.POOLS_LONG : ListQueries.POOLS),
            style);
        out.arrayEnd();
      }
      case "clients", "client" -> {
        out.arrayStart("clients");
        ListResult.write(out, SqlResult.query(catalog, longList ? ListQueries.CLIENTS_LONG : ListQueries.CLIENTS),
            style);
        out.arrayEnd();
      }
      case "volumes", "volume", "media" -> {
        return volumes(session, line, style);
      }
      case "files" -> {
        if (jobId.isEmpty()) {
          out.error("jobid not found in db, access to job or client denied by ACL, or client not found in db\n");
          return false;
        }
        out.arrayStart("filenames");
        ListResult.write(out, SqlResult.query(catalog, ListQueries.FILES, jobId.get(), jobId.get()),
            ListStyle.UNFORMATTED);
        out.arrayEnd();
      }
      case "joblog" -> {
        if (jobId.isEmpty()) {
          out.error("jobid not found in db, access to job or client denied by ACL, or client not found in db\n");
          return false;
        }
        out.arrayStart("joblog");
        ListResult.write(out, SqlResult.query(catalog, ListQueries.JOBLOG, jobId.get()),
            longList ? ListStyle.VERTICAL : ListStyle.RAW);
        out.arrayEnd();
      }
      case "jobmedia" -> {
        String sql = (longList ? ListQueries.JOBMEDIA_LONG : ListQueries.JOBMEDIA)
            + jobId.map(id -> "AND JobMedia.JobId=" + id + " ").orElse("");
        out.arrayStart("jobmedia");
        ListResult.write(out, SqlResult.query(catalog, sql), style);
        out.arrayEnd();
      }
      default -> {
        out.error("Unknown list keyword: %s\n", line.key(1));
        return false;
      }
    }
    return true;
  }

  /**
   * Volumes ({@code ListMedia}): of the pool given by {@code pool=} as one {@code volumes} array, else of every pool,
   * pool by pool ({@code Pool: <name>} and the pool's table; JSON {@code volumes.<pool>}).
   */
  private static boolean volumes(ConsoleSession session, CommandLine line, ListStyle style) throws IOException {
    ConsoleOutput out = session.output();
    var catalog = session.director().catalog();
    String sql = style == ListStyle.VERTICAL ? ListQueries.VOLUMES_LONG : ListQueries.VOLUMES;
    Optional<String> poolName = line.valueOf("pool");
    if (poolName.isPresent()) {
      var pool = catalog.pools().findByName(poolName.get());
      if (pool.isEmpty()) {
        out.error("Pool %s doesn't exist.\n", poolName.get());
        return true;
      }
      out.arrayStart("volumes");
      ListResult.write(out, SqlResult.query(catalog, sql, pool.get().poolId()), style);
      out.arrayEnd();
      return true;
    }
    SqlResult pools = SqlResult.query(catalog, ListQueries.POOL_IDS);
    out.objectStart("volumes");
    for (String[] pool : pools.rows()) {
      out.decoration("Pool: %s\n", pool[1]);
      out.arrayStart(pool[1]);
      ListResult.write(out, SqlResult.query(catalog, sql, Long.parseLong(pool[0])), style);
      out.arrayEnd();
    }
    out.objectEnd();
    return true;
  }

  private static Optional<Long> parseId(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
