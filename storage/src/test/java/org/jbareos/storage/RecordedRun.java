package org.jbareos.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jbareos.storage.device.LabelSource;
import org.jbareos.storage.job.StorageDaemonIdentity;
import org.jbareos.testkit.SharedData;
import org.jbareos.testkit.TranscriptMessage;
import org.jbareos.volume.PositionedRecord;
import org.jbareos.volume.Record;
import org.jbareos.volume.VolumeLabel;
import org.jbareos.volume.VolumeReader;

/**
 * What the conformance tests need to stand in for the recorded bareos-sd: its identity (the version text of its
 * {@code Version:} job message and the program strings of the label it wrote into {@code volumes/Full-0001}), a clock
 * stopped at the recorded message time, the normalization of the parts that differ by nature, and the complete bytes
 * of the big data frames the transcript shows only as a prefix (taken from the recorded volume).
 */
public final class RecordedRun {
  /** The recorded SD's {@code Version:} text. */
  public static final String VERSION_TEXT =
      "26.0.0~pre1298.eda204c31 (21 August 2026) Debian GNU/Linux 12 (bookworm)";
  /** The recorded SD's start time, every job's VolSessionTime ({@code SDtime=1795313292}). */
  public static final long SD_START = 1_795_313_292L;
  /** The recorded Archive Device, replaced by the test's directory. */
  public static final String RECORDED_ARCHIVE = "/srv/bareos-test/storage";

  private RecordedRun() {}

  public static Path fullVolume() {
    return SharedData.conformance("volumes/Full-0001");
  }

  /** The identity of the recorded SD with a clock stopped at {@code epochSecond}. */
  public static StorageDaemonIdentity identity(long epochSecond) throws IOException {
    return identity(epochSecond, fullVolume());
  }

  /** The identity of the SD that labeled {@code volume}, with a clock stopped at {@code epochSecond}. */
  public static StorageDaemonIdentity identity(long epochSecond, Path volume) throws IOException {
    VolumeLabel label;
    try (VolumeReader reader = VolumeReader.open(volume)) {
      label = reader.volumeLabel();
    }
    LabelSource labels = new LabelSource(label.hostName(), label.labelProg(), label.progVersion(), label.progDate());
    return new StorageDaemonIdentity("bareos-sd", VERSION_TEXT, labels,
        Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  /**
   * Documented variable parts: the session key, the measured VolWriteTime/VolReadTime, and the archive directory
   * (the test's temporary directory instead of /srv/bareos-test/storage).
   */
  public static UnaryOperator<String> normalizer(Path archive) {
    return s -> s.replace(archive.toString(), RECORDED_ARCHIVE)
        .replaceAll("Authorization=[A-P]{4}(-[A-P]{4}){7}", "Authorization=<key>")
        .replaceAll("VolWriteTime=\\d+", "VolWriteTime=<t>")
        .replaceAll("VolReadTime=\\d+", "VolReadTime=<t>");
  }

  /**
   * {@link #normalizer} that also masks the times the recorded SD's clock gave ({@code level=} of job messages and
   * {@code EndTime=}), for recordings during which its clock moved on by a second.
   */
  public static UnaryOperator<String> timeMaskingNormalizer(Path archive) {
    UnaryOperator<String> base = normalizer(archive);
    return s -> base.apply(s).replaceAll(" level=\\d+ ", " level=<t> ").replaceAll("EndTime=\\d+", "EndTime=<t>");
  }

  /** The data records of a volume (labels left out), in volume order. */
  public static List<Record> dataRecords(Path volume) throws IOException {
    List<Record> records = new ArrayList<>();
    try (VolumeReader reader = VolumeReader.open(volume)) {
      for (Optional<PositionedRecord> r; (r = reader.nextRecord()).isPresent(); ) {
        if (!r.get().record().isLabel()) {
          records.add(r.get().record());
        }
      }
    }
    return records;
  }

  /** Every record of a volume, labels included. */
  public static List<Record> allRecords(Path volume) throws IOException {
    List<Record> records = new ArrayList<>();
    try (VolumeReader reader = VolumeReader.open(volume)) {
      for (Optional<PositionedRecord> r; (r = reader.nextRecord()).isPresent(); ) {
        records.add(r.get().record());
      }
    }
    return records;
  }

  /** Completes a prefix-only transcript payload with the record of {@code records} of that length and prefix. */
  public static Function<TranscriptMessage, byte[]> completer(List<Record> records) {
    return m -> records.stream()
        .map(Record::data)
        .filter(d -> d.length == m.header()
            && Arrays.equals(Arrays.copyOf(d, m.payload().length), m.payload()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no volume record completes " + m));
  }

  /** The messages of a connection from the first one {@code start} accepts (after hello and CRAM-MD5). */
  public static List<TranscriptMessage> from(List<TranscriptMessage> connection,
      Predicate<TranscriptMessage> start) {
    for (int i = 0; i < connection.size(); i++) {
      if (start.test(connection.get(i))) {
        return connection.subList(i, connection.size());
      }
    }
    throw new AssertionError("no start message in " + connection.size() + " messages");
  }

  /** The messages up to and including the first that {@code end} accepts. */
  public static List<TranscriptMessage> through(List<TranscriptMessage> messages,
      Predicate<TranscriptMessage> end) {
    for (int i = 0; i < messages.size(); i++) {
      if (end.test(messages.get(i))) {
        return messages.subList(0, i + 1);
      }
    }
    return messages;
  }
}
