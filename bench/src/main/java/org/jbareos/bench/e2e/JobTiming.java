package org.jbareos.bench.e2e;

/**
 * How long one job took, measured two ways.
 *
 * @param jobId the job's id
 * @param wallNanos from sending {@code run} (or {@code restore}) through the console to the end of {@code wait}
 * @param window the daemons' connections as the kernel saw them: from {@code run} to the first, and their span
 */
record JobTiming(long jobId, long wallNanos, ConnectionWatch.Window window) {}
