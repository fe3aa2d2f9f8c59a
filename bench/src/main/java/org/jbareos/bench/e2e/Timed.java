package org.jbareos.bench.e2e;

import java.util.Locale;

/**
 * One timed operation on a data set.
 *
 * @param nanos wall-clock time
 * @param files regular files moved
 * @param bytes their bytes
 */
record Timed(long nanos, long files, long bytes) {

  static Timed of(long nanos, Dataset dataset) {
    return new Timed(nanos, dataset.files(), dataset.bytes());
  }

  double seconds() {
    return nanos / 1e9;
  }

  double megabytesPerSecond() {
    return bytes / 1e6 / seconds();
  }

  double filesPerSecond() {
    return files / seconds();
  }

  /** {@code 2.31 s, 464.8 MB/s, 21,645 files/s}. */
  String describe() {
    return String.format(Locale.ROOT, "%.2f s, %.1f MB/s, %,.0f files/s", seconds(), megabytesPerSecond(),
        filesPerSecond());
  }
}
