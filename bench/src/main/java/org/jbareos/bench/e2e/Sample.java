package org.jbareos.bench.e2e;

/**
 * One measured operation of one run.
 *
 * @param system {@code tar}, {@code jbareos} or {@code Bacula 9.6}
 * @param operation {@code backup} or {@code restore} ({@code tar cf} / {@code tar xf} for tar)
 * @param wallNanos wall time ({@code run} + {@code wait} through the console; the whole command for tar)
 * @param spanNanos first daemon connection to the last socket closing; the wall time for tar
 * @param toFirstConnectionNanos from {@code run} to the first daemon connection; -1 for tar
 */
record Sample(String system, Dataset dataset, String operation, long wallNanos, long spanNanos,
    long toFirstConnectionNanos) {

  static Sample tar(Dataset dataset, String operation, Timed timed) {
    return new Sample("tar", dataset, operation, timed.nanos(), timed.nanos(), -1);
  }

  static Sample job(String system, Dataset dataset, String operation, JobTiming timing) {
    return new Sample(system, dataset, operation, timing.wallNanos(), timing.window().spanNanos(),
        timing.window().toFirstConnectionNanos());
  }

  Timed wall() {
    return Timed.of(wallNanos, dataset);
  }

  Timed span() {
    return Timed.of(spanNanos, dataset);
  }
}
