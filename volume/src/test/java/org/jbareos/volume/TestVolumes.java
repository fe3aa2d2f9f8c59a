package org.jbareos.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers to write and read whole test volumes. */
final class TestVolumes {
  static final long SESSION_TIME = 1_795_313_292L;

  private TestVolumes() {}

  static VolumeLabel label(String name) {
    return VolumeLabel.of(1_795_313_348_000_000L, 1_795_313_348_000_100L, name, "Full", "Backup", "File", "vm",
        "bareos-sd", "Ver. 26.0.0 21 August 2026", "Build 2026-08-21 04:54:06");
  }

  static SessionLabel sos(long jobId) {
    return SessionLabel.startOfSession(jobId, 1_795_313_349_000_000L, "Full", "Backup", "backup-bareos-fd",
        "bareos-fd", "backup-bareos-fd.2026-11-22_02.09.08_03", "TestSet", 'B', 'F', "IF8+e/0+9Ki+qby/R8H+UIA");
  }

  static SessionLabel eos(SessionLabel sos, long files) {
    return sos.endOfSession(1_795_313_350_000_000L, new SessionLabel.Totals(files, 1234, 0, 0, 0, 0, 0, 'T'));
  }

  /** Writes a labeled volume with one session holding {@code records}. */
  static List<RecordAddress> write(Path file, WriterOptions options, List<Record> records) throws IOException {
    List<RecordAddress> addresses = new ArrayList<>();
    try (VolumeWriter w = VolumeWriter.create(file, label(file.getFileName().toString()), 1, SESSION_TIME, options)) {
      SessionLabel sos = sos(1);
      w.writeSessionLabel(sos, 1, SESSION_TIME);
      for (Record r : records) {
        addresses.add(w.write(r));
      }
      w.writeSessionLabel(eos(sos, records.size()), 1, SESSION_TIME);
      w.flush();
    }
    return addresses;
  }

  /** All data records (FileIndex &gt; 0) of a volume, in order. */
  static List<PositionedRecord> readData(Path file) throws IOException {
    List<PositionedRecord> out = new ArrayList<>();
    try (VolumeReader r = VolumeReader.open(file)) {
      r.select(RecordSelection.all().withLabels(false));
      for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
        out.add(rec.get());
      }
    }
    return out;
  }

  /** All blocks of a volume. */
  static List<Block> blocks(Path file) throws IOException {
    List<Block> out = new ArrayList<>();
    try (VolumeReader r = VolumeReader.open(file)) {
      for (Optional<Block> b; (b = r.nextBlock()).isPresent(); ) {
        out.add(b.get());
      }
    }
    return out;
  }

  static Record record(int fileIndex, int stream, int length, int seed) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) (seed * 31 + i * 7 + (i >> 8));
    }
    return new Record(1, SESSION_TIME, fileIndex, stream, data);
  }
}
