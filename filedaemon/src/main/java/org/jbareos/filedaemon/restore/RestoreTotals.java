package org.jbareos.filedaemon.restore;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of a restore's {@code 2800 End Job} report ({@code filed/restore.cc}): JobFiles counts the files created
 * or skipped by the replace rule, ReadBytes the data record bytes received, JobBytes the bytes written to files
 * (after decompression), Errors the per-file errors. Safe to read from another thread.
 */
public final class RestoreTotals {

  private final AtomicLong jobFiles = new AtomicLong();
  private final AtomicLong readBytes = new AtomicLong();
  private final AtomicLong jobBytes = new AtomicLong();
  private final AtomicLong jobErrors = new AtomicLong();

  public long jobFiles() {
    return jobFiles.get();
  }

  public long readBytes() {
    return readBytes.get();
  }

  public long jobBytes() {
    return jobBytes.get();
  }

  public long jobErrors() {
    return jobErrors.get();
  }

  void addFile() {
    jobFiles.incrementAndGet();
  }

  void addRead(long bytes) {
    readBytes.addAndGet(bytes);
  }

  void addWritten(long bytes) {
    jobBytes.addAndGet(bytes);
  }

  void addError() {
    jobErrors.incrementAndGet();
  }

  @Override
  public String toString() {
    return "JobFiles=" + jobFiles() + " ReadBytes=" + readBytes() + " JobBytes=" + jobBytes() + " Errors="
        + jobErrors();
  }
}
