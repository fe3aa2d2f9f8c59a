package org.jbareos.filedaemon.backup;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.IncrementalSince;
import org.jbareos.filedaemon.walk.NotSaved;

/** A backup session run to its end in memory, as the network layer would send it. */
record RecordedBackup(List<Sent> records, List<NotSaved> messages, JobTotals totals) {

  /** One sent record: FileIndex, stream, data frames. */
  record Sent(int fileIndex, int stream, List<byte[]> frames) {
    byte[] joined() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      frames.forEach(out::writeBytes);
      return out.toByteArray();
    }
  }

  static RecordedBackup run(FindFileSet fileSet, Optional<IncrementalSince> since) {
    List<Sent> records = new ArrayList<>();
    List<NotSaved> messages = new ArrayList<>();
    try (BackupSession session = new BackupSession(fileSet, since, messages::add)) {
      while (session.hasNext()) {
        BackupRecord record = session.next();
        List<byte[]> frames = new ArrayList<>();
        for (byte[] frame; (frame = record.payload().nextFrame()) != null; ) {
          frames.add(frame);
        }
        records.add(new Sent(record.fileIndex(), record.stream(), frames));
      }
      return new RecordedBackup(records, messages, session.totals());
    }
  }

  List<Sent> ofFile(int fileIndex) {
    return records.stream().filter(r -> r.fileIndex() == fileIndex).toList();
  }
}
