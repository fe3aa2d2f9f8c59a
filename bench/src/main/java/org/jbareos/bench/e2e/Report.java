package org.jbareos.bench.e2e;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark's results as Markdown tables: for each data set and operation the best (fastest) run of tar and of
 * each system, as MB/s and files/s, and its speed relative to tar in the same run; then the other targets.
 */
final class Report {
  private final List<Sample> samples = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(Sample sample) {
    samples.add(sample);
  }

  void note(String line) {
    notes.add(line);
  }

  void print(PrintStream out) {
    Set<Dataset> datasets = new LinkedHashSet<>();
    samples.forEach(sample -> datasets.add(sample.dataset()));
    for (Dataset dataset : datasets) {
      out.printf(Locale.ROOT, "%n### %s: %,d files, %,d bytes (%s)%n%n", dataset.name(), dataset.files(),
          dataset.bytes(), dataset.root());
      out.println("| operation | system | wall (run+wait) | wall vs tar | connection span | span vs tar"
          + " | run → first connection |");
      out.println("|---|---|---|---|---|---|---|");
      for (String operation : List.of("backup", "restore")) {
        String tarOperation = operation.equals("backup") ? "tar cf" : "tar xf";
        Sample tar = best(dataset, "tar", operation, true);
        if (tar == null) {
          continue;
        }
        out.printf(Locale.ROOT, "| %s | %s | %s | 100%% | | | |%n", operation, tarOperation, tar.wall().describe());
        Set<String> systems = new LinkedHashSet<>();
        samples.stream().filter(s -> s.dataset().equals(dataset) && !s.system().equals("tar"))
            .forEach(s -> systems.add(s.system()));
        for (String system : systems) {
          Sample wall = best(dataset, system, operation, true);
          Sample span = best(dataset, system, operation, false);
          out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", operation, system,
              wall.wall().describe(), percent(tar.wallNanos(), wall.wallNanos()),
              span.spanNanos() < 0 ? "not seen" : span.span().describe(),
              span.spanNanos() < 0 ? "" : percent(tar.wallNanos(), span.spanNanos()),
              firstConnections(dataset, system, operation));
        }
      }
    }
    out.println();
    notes.forEach(out::println);
    out.println();
    out.println("All runs (seconds: wall / span / run to first connection):");
    for (Sample s : samples) {
      out.printf(Locale.ROOT, "  %-8s %-7s %-22s %8.3f / %8.3f / %s%n", s.dataset().name(), s.operation(),
          s.system(), s.wallNanos() / 1e9, s.spanNanos() / 1e9,
          s.toFirstConnectionNanos() < 0 ? "-" : String.format(Locale.ROOT, "%.3f", s.toFirstConnectionNanos() / 1e9));
    }
  }

  /** Speed relative to tar: tar's time over this time. */
  private static String percent(long tarNanos, long nanos) {
    return String.format(Locale.ROOT, "%.0f%%", 100.0 * tarNanos / nanos);
  }

  private String firstConnections(Dataset dataset, String system, String operation) {
    return String.join(", ", samples.stream()
        .filter(s -> s.dataset().equals(dataset) && s.system().equals(system) && s.operation().equals(operation))
        .map(s -> s.toFirstConnectionNanos() < 0 ? "-"
            : String.format(Locale.ROOT, "%.0f ms", s.toFirstConnectionNanos() / 1e6))
        .toList());
  }

  private Sample best(Dataset dataset, String system, String operation, boolean byWall) {
    Comparator<Sample> order = byWall ? Comparator.comparingLong(Sample::wallNanos)
        : Comparator.comparingLong(s -> s.spanNanos() < 0 ? Long.MAX_VALUE : s.spanNanos());
    return samples.stream()
        .filter(s -> s.dataset().equals(dataset) && s.system().equals(system) && s.operation().equals(operation))
        .min(order).orElse(null);
  }
}
