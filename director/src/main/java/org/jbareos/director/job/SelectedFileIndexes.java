package org.jbareos.director.job;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The FileIndexes a restore selected, per JobId, each job's as one sorted array without repeats: a restore of a
 * million files costs a few megabytes and one sort instead of a million boxed set entries.
 */
public final class SelectedFileIndexes {
  private final Map<Long, Growing> byJob = new TreeMap<>();
  private boolean sorted = true;
  /** The job of the last {@link #add}: a selection comes job by job, so most adds skip the map. */
  private long lastJobId;
  private Growing lastJob;

  public void add(long jobId, int fileIndex) {
    if (lastJob == null || jobId != lastJobId) {
      lastJob = byJob.computeIfAbsent(jobId, id -> new Growing());
      lastJobId = jobId;
    }
    lastJob.add(fileIndex);
    sorted = false;
  }

  public boolean isEmpty() {
    return byJob.isEmpty();
  }

  /** The JobIds with selected files, ascending. */
  public Set<Long> jobIds() {
    return byJob.keySet();
  }

  /** The job's selected FileIndexes, ascending and distinct (empty if none). */
  public int[] of(long jobId) {
    if (!sorted) {
      byJob.values().forEach(Growing::sortDistinct);
      sorted = true;
    }
    Growing indexes = byJob.get(jobId);
    return indexes == null ? new int[0] : Arrays.copyOf(indexes.values, indexes.size);
  }

  /** Where {@code value} would be in the sorted {@code indexes}: its position, or that of the first larger one. */
  public static int lowerBound(int[] indexes, long value) {
    int low = 0;
    int high = indexes.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (indexes[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static final class Growing {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void sortDistinct() {
      Arrays.sort(values, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (distinct == 0 || values[i] != values[distinct - 1]) {
          values[distinct++] = values[i];
        }
      }
      size = distinct;
    }
  }
}
