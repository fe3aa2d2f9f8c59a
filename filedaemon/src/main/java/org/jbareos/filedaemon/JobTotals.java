package org.jbareos.filedaemon;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of the FD's {@code 2800 End Job TermCode=.. JobFiles=.. ReadBytes=.. JobBytes=.. Errors=..} report
 * (PROTOCOL.md §5.3), kept by a backup ({@code filed/backup.cc}) and by a restore ({@code filed/restore.cc}) alike:
 *
 * <ul>
 *   <li>backup: JobFiles counts the attribute records sent (the last FileIndex), ReadBytes the file bytes read
 *       (all-zero blocks skipped by sparse are not counted), JobBytes the data bytes sent (after compression, with the
 *       sparse offsets and compression headers; attributes and digests are not counted), Errors the files that could
 *       not be saved. The kit's Full job: 11 files, ReadBytes = JobBytes = 307276.
 *   <li>restore: JobFiles counts the files created or skipped by the replace rule, ReadBytes the data record bytes
 *       received, JobBytes the bytes written to files (after decompression), Errors the per-file errors.
 * </ul>
 *
 * Safe to read from another thread (status) while the job runs.
 */
public final class JobTotals {

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

  public void addFile() {
    jobFiles.incrementAndGet();
  }

  public void addRead(long bytes) {
    readBytes.addAndGet(bytes);
  }

  /** Data bytes sent to the SD (backup) or written to files (restore). */
  public void addJobBytes(long bytes) {
    jobBytes.addAndGet(bytes);
  }

  public void addError() {
    jobErrors.incrementAndGet();
  }

  @Override
  public String toString() {
    return "JobFiles=" + jobFiles() + " ReadBytes=" + readBytes() + " JobBytes=" + jobBytes() + " Errors="
        + jobErrors();
  }
}
