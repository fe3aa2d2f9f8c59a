package org.jbareos.bench.catalog;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time used by the embedded PostgreSQL (the postmaster and all its backends and workers, from
 * {@code /proc/<pid>/stat}) and by this JVM. On a shared machine the wall-clock time of a catalog operation depends
 * on the other load; the CPU seconds it costs do not, so the benchmark reports both.
 */
final class ProcessCpuClock {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private final long postmasterPid;

  private ProcessCpuClock(long postmasterPid) {
    this.postmasterPid = postmasterPid;
  }

  /** A clock for the server whose data directory holds {@code postmaster.pid}. */
  static ProcessCpuClock forDataDirectory(Path dataDirectory) throws IOException {
    List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    return new ProcessCpuClock(Long.parseLong(lines.get(0).strip()));
  }

  /** CPU seconds used so far by the server's processes that are alive now, and by exited children. */
  double serverSeconds() {
    return ProcessHandle.of(postmasterPid)
        .map(p -> seconds(p.pid(), true) + p.descendants().mapToDouble(d -> seconds(d.pid(), false)).sum())
        .orElse(0.0);
  }

  /** CPU seconds used so far by this JVM. */
  static double jvmSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
        / 1e9;
  }

  /** utime + stime, plus cutime + cstime (reaped children: finished parallel workers) for the postmaster. */
  private static double seconds(long pid, boolean withChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      if (withChildren) {
        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
      }
      return ticks / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0; // the process ended between listing and reading
    }
  }
}
