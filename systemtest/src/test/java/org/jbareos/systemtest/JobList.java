package org.jbareos.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code list jobs} prints ({@code | jobid | name | ... | jobstatus |}), parsed into rows keyed by the
 * header's column names, so the test asserts on JobStatus and JobFiles rather than on the table's exact layout.
 */
record JobList(List<Map<String, String>> rows) {

  static JobList parse(String text) {
    List<String> header = null;
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("|")) {
        continue;
      }
      List<String> cells = cells(trimmed);
      if (header == null) {
        header = cells.stream().map(String::toLowerCase).toList();
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < cells.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return new JobList(rows);
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  /** The row of {@code jobId}; fails with the whole table when there is none. */
  Map<String, String> job(long jobId) {
    return rows.stream().filter(r -> String.valueOf(jobId).equals(r.get("jobid"))).findFirst()
        .orElseThrow(() -> new AssertionError("no JobId " + jobId + " in list jobs: " + rows));
  }

  /** The JobFiles column, digits only (the console groups thousands with commas). */
  static long files(Map<String, String> row) {
    return Long.parseLong(row.get("jobfiles").replace(",", ""));
  }
}
