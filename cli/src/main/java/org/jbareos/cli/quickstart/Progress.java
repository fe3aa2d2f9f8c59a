package org.jbareos.cli.quickstart;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The quick start's one line per step: {@code Starting the catalog... done in 2.1 s}. The step's name is printed
 * (and flushed) before the step runs, so a slow or hanging step shows which one it is.
 */
final class Progress {

  private final PrintWriter out;
  private long started;

  Progress(PrintWriter out) {
    this.out = out;
  }

  /** Prints {@code <what>... } and starts the step's clock. */
  void begin(String what) {
    out.print(what + "... ");
    out.flush();
    started = System.nanoTime();
  }

  /** Ends the line: {@code done in 1.3 s}. */
  void done() {
    done("");
  }

  /** Ends the line: {@code done: <detail> in 1.3 s}. */
  void done(String detail) {
    out.println("done" + (detail.isEmpty() ? "" : ": " + detail) + " in " + seconds(elapsedNanos()));
    out.flush();
  }

  /** Ends the line with the reason the step failed. */
  void failed(String why) {
    out.println("FAILED: " + why);
    out.flush();
  }

  /** A line of its own between steps. */
  void note(String line) {
    out.println(line);
    out.flush();
  }

  long elapsedNanos() {
    return System.nanoTime() - started;
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  /** {@code 52.4 MB}: decimal units, as Bareos's job summaries print byte counts. */
  static String bytes(long count) {
    if (count < 1000) {
      return count + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = count;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
