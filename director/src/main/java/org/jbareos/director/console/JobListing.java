package org.jbareos.director.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jbareos.catalog.CatalogDatabase;

/**
 * {@code list jobs} / {@code llist jobs} and their selections ({@code ListJobs}, {@code dird/ua_output.cc};
 * {@code ListJobRecords}, {@code cats/sql_list.cc}): {@code jobid=}, {@code job=}/{@code jobname=}, {@code
 * client=}, {@code jobstatus=}, {@code joblevel=}, {@code jobtype=} (letters, comma separated), {@code volume=},
 * {@code pool=}, {@code reverse}, {@code limit=} with an optional {@code offset=}. Values are bound, not pasted.
 */
final class JobListing {

  private JobListing() {}

  static boolean list(ConsoleSession session, CommandLine line, boolean longList) throws IOException {
    ConsoleOutput out = session.output();
    CatalogDatabase catalog = session.director().catalog();
    if (line.key(1).equalsIgnoreCase("jobs") && line.value(1).isPresent()) {
      out.error("'list jobs' does not allow an jobs parameter\n");
      return false;
    }
    StringBuilder condition = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    Optional<String> name = line.valueOf("jobname").or(() -> line.valueOf("job"));
    if (name.isPresent()) {
      condition.append("AND Job.Name = ? ");
      parameters.add(name.get());
    } else if (line.key(1).equalsIgnoreCase("job") || line.key(1).equalsIgnoreCase("jobname")) {
      out.error("Missing %s parameter\n", line.key(1));
      return false;
    }
    Optional<String> jobIdText = line.valueOf("jobid");
    if (jobIdText.isPresent()) {
      OptionalLong jobId = parseLong(jobIdText.get());
      if (jobId.isEmpty() || catalog.jobs().findById(jobId.getAsLong()).isEmpty()) {
        // A JobId that does not exist is not an error: an empty "jobs" object (GetJobidFromCmdline < 0).
        out.objectStart("jobs");
        out.objectEnd();
        return true;
      }
      condition.append("AND Job.JobId = ? ");
      parameters.add(jobId.getAsLong());
    } else if (line.key(1).equalsIgnoreCase("jobid")) {
      out.error("Missing %s parameter\n", line.key(1));
      return false;
    }
    equalTo(line, "client", "AND Client.Name = ? ", condition, parameters);
    letters(line, "jobstatus", "Job.JobStatus", condition, parameters);
    letters(line, "joblevel", "Job.Level", condition, parameters);
    letters(line, "jobtype", "Job.Type", condition, parameters);
    equalTo(line, "volume", "AND Media.Volumename = ? ", condition, parameters);
    equalTo(line, "pool", "AND Job.poolid = (SELECT poolid FROM pool WHERE name = ? LIMIT 1) ", condition,
        parameters);
    StringBuilder order = new StringBuilder(line.find("reverse") >= 0 ? " DESC" : "");
    Optional<String> limit = line.valueOf("limit");
    if (limit.isPresent()) {
      long rows = parseLong(limit.get()).orElse(0);
      order.append(" LIMIT ").append(rows);
      OptionalLong offset = line.valueOf("offset").map(JobListing::parseLong).orElse(OptionalLong.empty());
      offset.ifPresent(o -> order.append(" OFFSET ").append(o));
      out.rangeFilter(rows, offset);
    }
    String sql = longList ? ListQueries.jobsLong(condition.toString(), order.toString())
        : ListQueries.jobs(condition.toString(), order.toString());
    out.arrayStart("jobs");
    ListResult.write(out, SqlResult.query(catalog, sql, parameters.toArray()), longList ? ListStyle.VERTICAL
        : ListStyle.HORIZONTAL);
    out.arrayEnd();
    return true;
  }

  private static void equalTo(CommandLine line, String keyword, String term, StringBuilder condition,
      List<Object> parameters) {
    line.valueOf(keyword).ifPresent(value -> {
      condition.append(term);
      parameters.add(value);
    });
  }

  /** {@code jobstatus=T,E}: {@code AND Job.JobStatus in (?,?) }. */
  private static void letters(CommandLine line, String keyword, String column, StringBuilder condition,
      List<Object> parameters) {
    line.valueOf(keyword).ifPresent(value -> {
      String[] codes = value.split(",");
      condition.append("AND ").append(column).append(" in (");
      for (int i = 0; i < codes.length; i++) {
        condition.append(i == 0 ? "?" : ",?");
        parameters.add(codes[i].strip());
      }
      condition.append(") ");
    });
  }

  private static OptionalLong parseLong(String text) {
    try {
      return OptionalLong.of(Long.parseLong(text.strip().toLowerCase(Locale.ROOT)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
