package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.testkit.TranscriptMessage;

/**
 * The records of an append session (header {@code <FI> <Stream> 0}, data frames, EOD; final EOD; PROTOCOL.md §7.2),
 * and their comparison with the recorded ones. Normalized: the data set's root (a temporary directory here), the
 * lstat fields that cannot be reproduced (st_dev, st_ino, st_atime, st_ctime; conformance README "Data set"), and the
 * file order: readdir order is the file system's, so each file's records are renumbered with the FileIndex the real
 * FD gave the same name and put in that order.
 */
final class DataStream {

  /** One record: header text and data frames (ISO-8859-1 text, so that bytes compare exactly). */
  record Record(int fileIndex, int stream, List<String> frames) {}

  private DataStream() {}

  /** Receives our FD's records up to the final EOD. */
  static List<Record> receive(BareosConnection sd) throws Exception {
    List<Record> records = new ArrayList<>();
    while (true) {
      Packet header = sd.receive(ScriptedPeer.WAIT);
      if (header instanceof Packet.SignalPacket signal) {
        assertThat(signal.is(Signal.EOD)).as("signal in header position: " + signal).isTrue();
        return records;
      }
      String[] fields = ((Packet.Message) header).text().split(" ");
      assertThat(fields).as("header " + ((Packet.Message) header).text()).hasSize(3);
      assertThat(fields[2]).isEqualTo("0");
      List<String> frames = new ArrayList<>();
      for (Packet p; (p = sd.receive(ScriptedPeer.WAIT)) instanceof Packet.Message data; ) {
        frames.add(new String(data.payload(), StandardCharsets.ISO_8859_1));
      }
      records.add(new Record(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), frames));
    }
  }

  /** Checks our records against the recorded data section: the fd->sd frames from the first header to the final EOD. */
  static void assertSameAsRecorded(List<Record> ours, List<TranscriptMessage> recorded, String ourRoot) {
    List<RecordedRecord> theirs = parse(recorded);
    Map<String, Integer> kitIndex = new HashMap<>();
    for (RecordedRecord r : theirs) {
      if (r.stream == 1) {
        kitIndex.put(fileName(r.frames.get(0).latin1()), r.fileIndex);
      }
    }
    Map<Integer, Integer> renumber = new HashMap<>();
    for (Record r : ours) {
      if (r.stream() == 1) {
        String name = fileName(r.frames().get(0)).replace(ourRoot, KitDataSet.KIT_ROOT);
        assertThat(kitIndex).as("a file the real FD did not save: " + name).containsKey(name);
        renumber.put(r.fileIndex(), kitIndex.get(name));
      }
    }
    List<Record> reordered = ours.stream()
        .map(r -> new Record(renumber.get(r.fileIndex()), r.stream(), r.stream() == 1
            ? List.of(normalizeAttributes(renumbered(r.frames().get(0), renumber), ourRoot)) : r.frames()))
        .sorted(Comparator.comparingInt(Record::fileIndex))
        .toList();
    assertThat(reordered).extracting(r -> r.fileIndex() + " " + r.stream())
        .containsExactlyElementsOf(theirs.stream().map(r -> r.fileIndex + " " + r.stream).toList());
    for (int i = 0; i < theirs.size(); i++) {
      RecordedRecord kit = theirs.get(i);
      Record mine = reordered.get(i);
      String where = "record " + kit.fileIndex + " " + kit.stream;
      assertThat(mine.frames()).as(where + " frames").hasSameSizeAs(kit.frames);
      for (int f = 0; f < kit.frames.size(); f++) {
        ScriptedPeer.assertFrame(mine.frames().get(f).getBytes(StandardCharsets.ISO_8859_1), kit.frames.get(f),
            text -> kit.stream == 1 ? normalizeAttributes(text, ourRoot) : text, where + " frame " + f);
      }
    }
  }

  private record RecordedRecord(int fileIndex, int stream, List<TranscriptMessage> frames) {}

  private static List<RecordedRecord> parse(List<TranscriptMessage> section) {
    List<RecordedRecord> records = new ArrayList<>();
    int i = 0;
    while (i < section.size() && !section.get(i).isSignal()) {
      String[] header = section.get(i++).text().split(" ");
      List<TranscriptMessage> frames = new ArrayList<>();
      while (!section.get(i).isSignal()) {
        frames.add(section.get(i++));
      }
      i++;
      records.add(new RecordedRecord(Integer.parseInt(header[0]), Integer.parseInt(header[1]), frames));
    }
    return records;
  }

  private static String fileName(String attributes) {
    int space = attributes.indexOf(' ', attributes.indexOf(' ') + 1);
    return new String(attributes.substring(space + 1, attributes.indexOf('\0')).getBytes(
        StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static String renumbered(String attributes, Map<Integer, Integer> renumber) {
    int space = attributes.indexOf(' ');
    return renumber.get(Integer.parseInt(attributes.substring(0, space))) + attributes.substring(space);
  }

  /** The root replaced, and st_dev, st_ino, st_atime, st_ctime of the encoded stat replaced by {@code *}. */
  static String normalizeAttributes(String attributes, String ourRoot) {
    String text = attributes.replace(ourRoot, KitDataSet.KIT_ROOT);
    int first = text.indexOf('\0');
    int second = text.indexOf('\0', first + 1);
    String[] lstat = text.substring(first + 1, second).split(" ");
    for (int field : new int[] {0, 1, 10, 12}) {
      lstat[field] = "*";
    }
    return text.substring(0, first + 1) + String.join(" ", lstat) + text.substring(second);
  }
}
