package org.jbareos.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jbareos.volume.LabelType;
import org.jbareos.volume.PositionedRecord;
import org.jbareos.volume.Record;
import org.jbareos.volume.SessionLabel;
import org.jbareos.volume.VolumeReader;

/**
 * What the Storage Daemon process wrote, read back with {@link VolumeReader} from the File device's directory: per
 * JobId (from the session's SOS label), the names in its attribute records and the bytes of its file-data records.
 * This checks the volumes independently of the SD and the catalog that reported the job as done.
 */
final class VolumeContents {

  /** STREAM_UNIX_ATTRIBUTES and STREAM_FILE_DATA (PROTOCOL.md §7). */
  static final int ATTRIBUTES = 1;
  static final int FILE_DATA = 2;

  /** One job's session(s) on the volumes. */
  record JobData(List<String> attributeRecords, Map<Integer, ByteArrayOutputStream> dataByFileIndex) {

    /** True when some attribute record names {@code path} (absolute, UTF-8). */
    boolean hasAttributesOf(Path path) {
      String name = path.toString();
      return attributeRecords.stream().anyMatch(a -> a.contains(" " + name + "\0") || a.contains(" " + name + "/\0"));
    }

    /** True when some file's data is exactly {@code content}. */
    boolean hasFileData(byte[] content) {
      return dataByFileIndex.values().stream().anyMatch(d -> java.util.Arrays.equals(d.toByteArray(), content));
    }
  }

  private record Session(long volSessionId, long volSessionTime) {}

  private final Map<Long, JobData> jobs = new HashMap<>();
  /**
   * Across volumes, read in name order: a session that went on to the next volume (the previous one full) has its
   * SOS label only on its first volume, as Bareos writes it once ({@code stored/append.cc}).
   */
  private final Map<Session, Long> jobBySession = new HashMap<>();
  private final List<String> volumeNames = new ArrayList<>();

  static VolumeContents read(Path deviceDir) throws IOException {
    VolumeContents contents = new VolumeContents();
    try (Stream<Path> files = Files.list(deviceDir)) {
      for (Path volume : files.filter(Files::isRegularFile).sorted().toList()) {
        contents.readVolume(volume);
      }
    }
    return contents;
  }

  private void readVolume(Path volume) throws IOException {
    try (VolumeReader reader = VolumeReader.open(volume)) {
      volumeNames.add(reader.volumeName());
      for (Optional<PositionedRecord> next; (next = reader.nextRecord()).isPresent(); ) {
        Record rec = next.get().record();
        if (rec.fileIndex() == LabelType.SOS_LABEL.fileIndex()) {
          SessionLabel sos = reader.sessionLabel(next.get());
          jobBySession.put(new Session(rec.volSessionId(), rec.volSessionTime()), sos.jobId());
          continue;
        }
        if (rec.isLabel()) {
          continue;
        }
        Long jobId = jobBySession.get(new Session(rec.volSessionId(), rec.volSessionTime()));
        if (jobId == null) {
          throw new AssertionError(volume + ": data record without an SOS label: " + rec);
        }
        JobData job = jobs.computeIfAbsent(jobId, id -> new JobData(new ArrayList<>(), new HashMap<>()));
        if (rec.stream() == ATTRIBUTES) {
          job.attributeRecords().add(new String(rec.data(), StandardCharsets.UTF_8));
        } else if (rec.stream() == FILE_DATA) {
          job.dataByFileIndex().computeIfAbsent(rec.fileIndex(), fi -> new ByteArrayOutputStream())
              .writeBytes(rec.data());
        }
      }
    }
  }

  /** The job's records; fails when the volumes hold none of it. */
  JobData job(long jobId) {
    JobData job = jobs.get(jobId);
    if (job == null) {
      throw new AssertionError("no session of JobId " + jobId + " on volumes " + volumeNames + "; jobs there: "
          + jobs.keySet());
    }
    return job;
  }

  List<String> volumeNames() {
    return volumeNames;
  }
}
