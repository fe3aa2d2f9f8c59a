package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM daemon's peak heap: the largest heap occupancy before any collection in its {@code -Xlog:gc} log (G1's
 * {@code 53M->10M(256M)}), or now if that is larger ({@code jcmd PID GC.heap_info}), and the largest committed
 * heap. The occupancy before a collection is the heap's high-water mark between two collections.
 *
 * @param usedMiB peak heap in use
 * @param committedMiB peak heap reserved from the OS
 * @param collections collections logged
 */
record HeapPeak(long usedMiB, long committedMiB, int collections) {
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern HEAP_INFO = Pattern.compile("(?:committed|total) (\\d+)K, used (\\d+)K");

  static HeapPeak of(long pid, Path gcLog) throws IOException, InterruptedException {
    long used = 0;
    long committed = 0;
    int collections = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = GC_LINE.matcher(line);
        if (m.find()) {
          collections++;
          used = Math.max(used, Long.parseLong(m.group(1)));
          committed = Math.max(committed, Long.parseLong(m.group(3)));
        }
      }
    }
    Process jcmd = new ProcessBuilder(jcmd(), String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
    String info = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor(30, TimeUnit.SECONDS);
    Matcher m = HEAP_INFO.matcher(info);
    if (m.find()) {
      committed = Math.max(committed, Long.parseLong(m.group(1)) / 1024);
      used = Math.max(used, Long.parseLong(m.group(2)) / 1024);
    }
    return new HeapPeak(used, committed, collections);
  }

  private static String jcmd() {
    Path beside = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    return Files.isExecutable(beside) ? beside.toString() : "jcmd";
  }

  static List<String> jvmOptions(Path gcLog) {
    return List.of("-Xlog:gc:file=" + gcLog);
  }
}
