package org.jbareos.director.job;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.JobMediaRecord;
import org.jbareos.catalog.JobRecord;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.bootstrap.BootstrapVolume;
import org.jbareos.protocol.bootstrap.BsrRange;

/**
 * The bootstrap of a restore (PROTOCOL.md §6.1; {@code dird/bsr.cc}): for each selected job and each of its JobMedia
 * rows, one volume entry with the storage, volume, media type, device, the job's VolSessionId/VolSessionTime, the
 * byte range ({@code VolAddr=<start>-<end>}, from the row's Start/EndFile and Start/EndBlock), the selected FileIndex
 * ranges that fall into the row, and {@code Count=} of those files — e.g. for JobId 1 of the kit: {@code
 * Storage="File"}, {@code Volume="Full-0001"}, {@code MediaType="File"}, {@code Device="FileStorage"}, {@code
 * VolSessionId=1}, {@code VolSessionTime=1795313292}, {@code VolAddr=205-309444}, {@code FileIndex=1-11}, {@code
 * Count=11}.
 */
final class BootstrapBuilder {
  private final CatalogDatabase catalog;

  BootstrapBuilder(CatalogDatabase catalog) {
    this.catalog = catalog;
  }

  /**
   * @param files the file versions to restore; empty means the newest version of every file of {@code jobIds}
   * @param storage the Storage resource name written as {@code Storage=}
   * @param device the device written as {@code Device=}
   */
  Bootstrap build(List<Long> jobIds, List<RestoreFile> files, String storage, String device) throws JobFailure {
    SelectedFileIndexes selected = new SelectedFileIndexes();
    if (files.isEmpty()) {
      // the newest version of each file, as Bareos's tree keeps it when it inserts the jobs in order: a file saved
      // by the Full and again by an Incremental is restored once, from the Incremental
      catalog.restore().forEachFile(jobIds, f -> selected.add(f.jobId(), f.fileIndex()));
    } else {
      files.forEach(f -> selected.add(f.jobId(), f.fileIndex()));
    }
    if (selected.isEmpty()) {
      throw JobFailure.fatal("No files selected to be restored.");
    }
    List<BootstrapVolume> volumes = new ArrayList<>();
    for (long jobId : selected.jobIds()) {
      int[] indexes = selected.of(jobId);
      JobRecord record = catalog.jobs().findById(jobId)
          .orElseThrow(() -> JobFailure.fatal("JobId " + jobId + " is not in the catalog."));
      List<JobMediaRecord> rows = catalog.jobMedia().listForJob(jobId);
      if (rows.isEmpty()) {
        throw JobFailure.fatal("No volumes found for JobId " + jobId + ".");
      }
      for (JobMediaRecord jm : rows) {
        int from = SelectedFileIndexes.lowerBound(indexes, jm.firstIndex());
        int to = SelectedFileIndexes.lowerBound(indexes, jm.lastIndex() + 1);
        if (from == to) {
          continue;
        }
        MediaRecord media = catalog.media().findById(jm.mediaId())
            .orElseThrow(() -> JobFailure.fatal("Volume with MediaId " + jm.mediaId() + " is not in the catalog."));
        volumes.add(new BootstrapVolume(storage, media.volumeName(), media.mediaType(), device, (int) media.slot(),
            null, List.of(BsrRange.of(record.volSessionId())), List.of(BsrRange.of(record.volSessionTime())),
            List.of(new BsrRange(WriteBootstrap.address(jm.startFile(), jm.startBlock()),
                WriteBootstrap.address(jm.endFile(), jm.endBlock()))),
            ranges(indexes, from, to), to - from));
      }
    }
    return new Bootstrap(volumes);
  }

  /**
   * Consecutive indexes of the ascending {@code indexes[from..to)} as one range: {@code 1,2,3,5} → {@code 1-3},
   * {@code 5}.
   */
  static List<BsrRange> ranges(int[] indexes, int from, int to) {
    List<BsrRange> ranges = new ArrayList<>();
    int i = from;
    while (i < to) {
      int first = indexes[i];
      int last = first;
      while (i + 1 < to && indexes[i + 1] == last + 1) {
        last = indexes[++i];
      }
      ranges.add(new BsrRange(first, last));
      i++;
    }
    return ranges;
  }
}
