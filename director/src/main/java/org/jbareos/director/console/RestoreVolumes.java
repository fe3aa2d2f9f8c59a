package org.jbareos.director.console;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jbareos.catalog.JobMediaRecord;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.director.job.SelectedFileIndexes;

/**
 * The volumes a restore will read, as Bareos lists them before it queues the job ({@code dird/bsr.cc
 * DisplayBsrInfo}): each volume once, in JobId order, with the Storage that wrote it and that Storage's first
 * Device; {@code *} marks a volume in a changer slot. Only volumes whose JobMedia range holds a selected file count,
 * as only those go into the bootstrap.
 */
final class RestoreVolumes {
  private RestoreVolumes() {}

  static void show(DirectorServices director, List<Long> jobIds, List<RestoreFile> selected, ConsoleOutput out)
      throws IOException {
    SelectedFileIndexes byJob = new SelectedFileIndexes();
    selected.forEach(f -> byJob.add(f.jobId(), f.fileIndex()));
    Set<String> lines = new LinkedHashSet<>();
    // a job's ranges mostly share one volume: each volume's line is made once
    Map<Long, Optional<String>> lineOfMedia = new HashMap<>();
    for (long jobId : jobIds) {
      int[] indexes = byJob.of(jobId);
      for (JobMediaRecord range : director.catalog().jobMedia().listForJob(jobId)) {
        if (!holdsOneOf(range, indexes)) {
          continue;
        }
        lineOfMedia.computeIfAbsent(range.mediaId(),
            id -> director.catalog().media().findById(id).map(media -> line(director, media)))
            .ifPresent(lines::add);
      }
    }
    out.send("\n");
    out.send("The job will require the following\n"
        + "   Volume(s)                 Storage(s)                SD Device(s)\n"
        + "===========================================================================\n");
    out.send("   \n");
    for (String line : lines) {
      out.send("   %s\n", line);
    }
    out.send(lines.isEmpty() ? "No Volumes found to restore.\n" : "\nVolumes marked with \"*\" are online.\n");
    out.send("\n");
  }

  /** Whether a selected FileIndex ({@code indexes} ascending) lies in the JobMedia row's range. */
  private static boolean holdsOneOf(JobMediaRecord range, int[] indexes) {
    int at = Arrays.binarySearch(indexes, (int) range.firstIndex());
    int next = at >= 0 ? at : -at - 1;
    return next < indexes.length && indexes[next] <= range.lastIndex();
  }

  /** {@code "%c%-25s %-25s %-25s"}: online mark, volume, storage, device. */
  private static String line(DirectorServices director, MediaRecord media) {
    Optional<StorageResource> storage = director.config().storages().stream()
        .filter(s -> director.catalog().storages().findByName(s.name())
            .map(r -> r.storageId() == media.storageId()).orElse(false))
        .findFirst();
    char online = media.inChanger() != 0 && media.slot() != 0 ? '*' : ' ';
    return String.format(Locale.ROOT, "%c%-25s %-25s %-25s", online, media.volumeName(),
        storage.map(StorageResource::name).orElse(""),
        storage.flatMap(s -> s.devices().stream().findFirst()).orElse(""));
  }
}
