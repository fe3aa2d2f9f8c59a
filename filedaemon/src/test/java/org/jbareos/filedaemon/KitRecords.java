package org.jbareos.filedaemon;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/**
 * The records the real FD sent to the SD in a kit capture: each header frame {@code <FI> <Stream> 0} with its data
 * frames up to the EOD (PROTOCOL.md §7.2).
 */
public final class KitRecords {

  /** One record: FileIndex, stream and data frames (binary frames over 64 bytes hold only their prefix). */
  public record Record(int fileIndex, int stream, List<TranscriptMessage> frames) {}

  private KitRecords() {}

  /** The fd->sd records of a capture, e.g. {@code backup-full.txt}. */
  public static List<Record> of(String capture) {
    List<TranscriptMessage> messages = Transcript.conformance(capture).connectionBetween("fd", "sd");
    List<Record> records = new ArrayList<>();
    int i = 0;
    while (i < messages.size() && !messages.get(i).text().startsWith("append data")) {
      i++;
    }
    i += 2;
    while (i < messages.size() && !messages.get(i).isSignal()) {
      String[] header = messages.get(i++).text().split(" ");
      List<TranscriptMessage> frames = new ArrayList<>();
      while (i < messages.size() && !messages.get(i).isSignal()) {
        TranscriptMessage m = messages.get(i++);
        if (m.isFrom("fd", "sd")) {
          frames.add(m);
        }
      }
      i++;
      records.add(new Record(Integer.parseInt(header[0]), Integer.parseInt(header[1]), frames));
      while (i < messages.size() && !messages.get(i).isFrom("fd", "sd")) {
        i++;
      }
    }
    return records;
  }
}
