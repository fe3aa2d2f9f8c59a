package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The records of Full-0001 against the wire transcripts of the jobs around it: each data frame the FD sent in
 * backup-full.txt is one volume record (PROTOCOL.md §7.2), and each {@code rechdr} the SD sent in restore.txt is one
 * reassembled record (PROTOCOL.md §7.4).
 */
class TranscriptTest {
  private static final Pattern FRAME = Pattern.compile("^\\+\\s+\\S+ #\\d+\\s+fd -> sd\\s+\\[(\\d+|sig -?\\d+)\\] ?(.*)$");
  private static final Pattern RECHDR = Pattern.compile("\"rechdr (\\d+) (\\d+) (-?\\d+) (-?\\d+) (\\d+)\"");

  private static List<String> transcript(String name) throws Exception {
    Path p = GoldenVolumes.dir().resolveSibling(name);
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  private static List<Record> fullRecords() throws Exception {
    List<Record> out = new ArrayList<>();
    for (PositionedRecord p : TestVolumes.readData(GoldenVolumes.volume("Full-0001"))) {
      out.add(p.record());
    }
    return out;
  }

  @Test
  void eachFdDataFrameIsOneVolumeRecord() throws Exception {
    List<String> lines = transcript("backup-full.txt");
    List<long[]> frames = new ArrayList<>();
    List<byte[]> shownBytes = new ArrayList<>();
    boolean data = false;
    long fi = 0;
    long stream = 0;
    boolean inRecord = false;
    for (String line : lines) {
      Matcher m = FRAME.matcher(line);
      if (!m.find()) {
        continue;
      }
      String size = m.group(1);
      String payload = m.group(2);
      if (!data) {
        data = payload.startsWith("\"append data ");
        continue;
      }
      if (size.startsWith("sig")) {
        if (!inRecord) {
          break; // the final EOD after the last record
        }
        inRecord = false;
        continue;
      }
      if (!inRecord) {
        Matcher h = Pattern.compile("^\"(\\d+) (\\d+) 0\"$").matcher(payload);
        assertThat(h.find()).as(line).isTrue();
        fi = Long.parseLong(h.group(1));
        stream = Long.parseLong(h.group(2));
        inRecord = true;
        continue;
      }
      frames.add(new long[] {fi, stream, Long.parseLong(size)});
      Matcher b = Pattern.compile("^<binary (\\d+) bytes> ([0-9a-f ]+)$").matcher(payload);
      shownBytes.add(b.find() ? HexFormat.ofDelimiter(" ").parseHex(b.group(2).trim()) : null);
    }
    List<Record> records = fullRecords();
    assertThat(frames).isNotEmpty().hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      Record r = records.get(i);
      assertThat(new long[] {r.fileIndex(), r.stream(), r.length()}).containsExactly(frames.get(i));
      if (shownBytes.get(i) != null) {
        assertThat(r.data()).as("record %d", i).isEqualTo(shownBytes.get(i));
      }
    }
  }

  @Test
  void eachRechdrOfTheRestoreIsOneReassembledRecord() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : transcript("restore.txt")) {
      Matcher m = RECHDR.matcher(line);
      if (m.find() && line.contains("sd -> fd")) {
        expected.add(String.join(" ", m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Record r : fullRecords()) {
      actual.add(r.volSessionId() + " " + r.volSessionTime() + " " + r.fileIndex() + " " + r.stream() + " "
          + r.length());
    }
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
