package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.backup.BackupRecord;
import org.jbareos.filedaemon.backup.BackupSession;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digest mismatches, unwritable or full targets and unknown streams are per-file errors; the restore goes on. */
class RestoreProblemsTest {

  @TempDir Path temp;

  /** A backup's records, each data frame as its own record as the SD sends them. */
  record Frame(int fileIndex, int stream, byte[] data) {}

  static List<Frame> backup(String letters, Path data) {
    List<Frame> frames = new ArrayList<>();
    try (BackupSession session = new BackupSession(
        FindFileSet.of(WalkTestFileSets.include(letters, List.of(), data)), Optional.empty(), n -> { })) {
      while (session.hasNext()) {
        BackupRecord record = session.next();
        for (byte[] frame; (frame = record.payload().nextFrame()) != null; ) {
          frames.add(new Frame(record.fileIndex(), record.stream(), frame));
        }
      }
    }
    return frames;
  }

  static JobTotals restore(List<Frame> frames, String where, ReplaceMode replace, List<RestoreMessage> out) {
    try (RestoreSession session = new RestoreSession(where, replace, false, out::add)) {
      frames.forEach(f -> session.record(f.fileIndex(), f.stream(), f.data()));
      session.finish();
      return session.totals();
    }
  }

  @Test
  void aDigestMismatchIsAnErrorForThatFileOnly() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<Frame> frames = new ArrayList<>(backup("M", data));
    int tampered = -1;
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      if (f.stream() == 2 && new String(f.data()).equals("# nothing needed for Linux\n")) {
        frames.set(i, new Frame(f.fileIndex(), 2, "# nothing needed for Linux!".getBytes()));
        tampered = f.fileIndex();
      }
    }
    assertThat(tampered).isPositive();
    List<RestoreMessage> messages = new ArrayList<>();
    Path where = temp.resolve("restore");

    JobTotals totals = restore(frames, where.toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.message()).contains("MD5 digest of restored file").contains("tape_options").contains("differs")
          .contains("restored ").contains("backup G0NDCR0AijmDiLdn0D336A");
    });
    assertThat(totals.jobErrors()).isEqualTo(1);
    assertThat(totals.jobFiles()).isEqualTo(11);
    assertThat(Path.of(where + data.toString()).resolve("random.bin")).hasBinaryContent(KitDataSet.randomBin());
  }

  @ParameterizedTest
  @ValueSource(strings = {"M", "S2", "S3"})
  void everyTamperedFileIsFoundWhetherItsDigestIsReadBackOrComputedWhileWriting(String letters) throws Exception {
    // MD5 is computed from the first file on; with another digest the first file is read back (MD5 was guessed),
    // the later ones are computed on the digest pool while their data is written
    Path data = KitDataSet.create(temp.resolve("data"));
    List<Frame> frames = new ArrayList<>(backup(letters, data));
    java.util.Set<Integer> tampered = new java.util.TreeSet<>();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      if (f.stream() == 2 && f.data().length > 0 && tampered.add(f.fileIndex())) {
        byte[] changed = f.data().clone();
        changed[0] ^= 1;
        frames.set(i, new Frame(f.fileIndex(), 2, changed));
      }
    }
    assertThat(tampered).hasSizeGreaterThan(2);
    List<RestoreMessage> messages = new ArrayList<>();

    JobTotals totals = restore(frames, temp.resolve("restore").toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).hasSize(tampered.size()).allSatisfy(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.message()).contains(letters.equals("M") ? "MD5" : "SHA").contains(" digest of restored file")
          .contains("differs");
    });
    assertThat(totals.jobErrors()).isEqualTo(tampered.size());
  }

  @Test
  void anUnwritableWhereGivesClearErrorsPerFileAndTheRestoreGoesOn() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    Path notADirectory = Files.writeString(temp.resolve("plain-file"), "x");
    List<RestoreMessage> messages = new ArrayList<>();

    JobTotals totals = restore(backup("M", data), notADirectory.toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).hasSize(11).allSatisfy(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.message()).startsWith("Cannot create directory " + notADirectory).contains("ERR=");
    });
    assertThat(totals.jobErrors()).isEqualTo(11);
    assertThat(totals.jobFiles()).isZero();
  }

  @Test
  void aFullDiskIsAWriteErrorForTheFileThatDoesNotFit() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    Path small = Files.createDirectory(temp.resolve("small"));
    Assumptions.assumeTrue(mount(small), "mounting a 64 KiB tmpfs needs root");
    try {
      List<RestoreMessage> messages = new ArrayList<>();
      JobTotals totals = restore(backup("M", data), small.toString(), ReplaceMode.ALWAYS, messages);

      assertThat(messages).filteredOn(RestoreMessage::error).isNotEmpty()
          .anySatisfy(m -> assertThat(m.message()).contains("random.bin").contains("No space left on device"));
      assertThat(totals.jobErrors()).isEqualTo(messages.stream().filter(RestoreMessage::error).count());
      assertThat(Path.of(small + data.toString()).resolve("tape_options"))
          .hasContent("# nothing needed for Linux");
    } finally {
      new ProcessBuilder("umount", small.toString()).start().waitFor();
    }
  }

  private static boolean mount(Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString())
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  @Test
  void anUnknownStreamIsAnErrorAndTheNextFileIsRestored() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<Frame> frames = new ArrayList<>(backup("M", data));
    Frame first = frames.get(0);
    frames.add(1, new Frame(first.fileIndex(), 777, new byte[] {1, 2, 3}));
    List<RestoreMessage> messages = new ArrayList<>();
    Path where = temp.resolve("restore");

    JobTotals totals = restore(frames, where.toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).singleElement()
        .satisfies(m -> assertThat(m.message()).isEqualTo("Unknown stream=777 ignored. This shouldn't happen!"));
    assertThat(totals.jobErrors()).isEqualTo(1);
    assertThat(totals.jobFiles()).isEqualTo(11);
  }

  @Test
  void aTruncatedCompressedRecordIsAnUncompressionError() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<Frame> frames = new ArrayList<>(backup("MZ6", data));
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      if (f.stream() == 29 && f.data().length > 100) {
        frames.set(i, new Frame(f.fileIndex(), 29, java.util.Arrays.copyOf(f.data(), 100)));
        break;
      }
    }
    List<RestoreMessage> messages = new ArrayList<>();

    JobTotals totals = restore(frames, temp.resolve("restore").toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).singleElement().satisfies(m -> assertThat(m.message())
        .startsWith("Uncompression error on file ").contains("Compressed header size error"));
    assertThat(totals.jobErrors()).isEqualTo(1);
  }

  @Test
  void deletedFileMarkersAreSkippedWithoutError() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<Frame> frames = new ArrayList<>(backup("M", data));
    org.jbareos.protocol.attributes.AttributeRecord first =
        org.jbareos.protocol.attributes.AttributeRecord.parse(frames.get(0).data());
    org.jbareos.protocol.attributes.AttributeRecord deleted = new org.jbareos.protocol.attributes.AttributeRecord(
        first.fileIndex(), 23, first.fileName(), first.stat(), "", "", 0);
    frames.set(0, new Frame(first.fileIndex(), 1, deleted.toWire()));
    List<RestoreMessage> messages = new ArrayList<>();

    JobTotals totals = restore(frames, temp.resolve("restore").toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).isEmpty();
    assertThat(totals.jobFiles()).isEqualTo(10);
    assertThat(Path.of(temp.resolve("restore") + first.fileName())).doesNotExist();
  }
}
