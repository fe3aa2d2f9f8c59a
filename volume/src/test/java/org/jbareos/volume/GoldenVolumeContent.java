package org.jbareos.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything read out of a golden volume: its label record and all other records with their addresses. */
record GoldenVolumeContent(VolumeLabel label, Record labelRecord, List<PositionedRecord> records,
    List<Block> blocks) {

  static GoldenVolumeContent read(Path volume) throws IOException {
    List<PositionedRecord> records = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    Record labelRecord = null;
    VolumeLabel label;
    try (VolumeReader r = VolumeReader.open(volume)) {
      label = r.volumeLabel();
      for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
        if (labelRecord == null) {
          labelRecord = rec.get().record();
        } else {
          records.add(rec.get());
        }
      }
      r.seek(0);
      for (Optional<Block> b; (b = r.nextBlock()).isPresent(); ) {
        blocks.add(b.get());
      }
    }
    return new GoldenVolumeContent(label, labelRecord, records, blocks);
  }

  /** Writes the same content with our writer: label, then every record, session labels kept whole. */
  List<RecordAddress> writeTo(Path file, WriterOptions options, long timeShiftMicros) throws IOException {
    List<RecordAddress> addresses = new ArrayList<>();
    VolumeLabel shifted = new VolumeLabel(label.type(), label.id(), label.verNum(),
        label.labelBtime() + timeShiftMicros, label.writeBtime() + timeShiftMicros, label.writeDate(),
        label.writeTime(), label.volumeName(), label.prevVolumeName(), label.poolName(), label.poolType(),
        label.mediaType(), label.hostName(), label.labelProg(), label.progVersion(), label.progDate());
    try (VolumeWriter w = VolumeWriter.create(file, shifted, labelRecord.volSessionId(),
        labelRecord.volSessionTime(), options.withLabelStream(labelRecord.stream()))) {
      for (PositionedRecord p : records) {
        Record rec = p.record();
        if (rec.isLabel()) {
          SessionLabel s = SessionLabel.decode(LabelType.fromFileIndex(rec.fileIndex()).orElseThrow(), rec.data());
          SessionLabel moved = new SessionLabel(s.type(), s.id(), s.verNum(), s.jobId(),
              s.writeBtime() + timeShiftMicros, s.writeTime(), s.poolName(), s.poolType(), s.jobName(),
              s.clientName(), s.job(), s.fileSetName(), s.jobType(), s.jobLevel(), s.fileSetMd5(), s.totals());
          addresses.add(w.writeSessionLabel(moved, rec.volSessionId(), rec.volSessionTime()));
          if (s.type() == LabelType.EOS_LABEL) {
            w.flush();
          }
        } else {
          addresses.add(w.write(rec));
        }
      }
    }
    return addresses;
  }
}
