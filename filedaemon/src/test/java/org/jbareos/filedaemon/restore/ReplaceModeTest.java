package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.KitDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replace rules decide on the backed-up mtime against the existing file's ({@code CreateFile}). */
class ReplaceModeTest {

  @TempDir Path temp;

  private Path data;
  private Path restored;

  /** Restores the data set once, then makes restored docs/a.txt newer and docs/b.txt older than the backup. */
  private List<RestoreProblemsTest.Frame> prepare() throws Exception {
    data = KitDataSet.create(temp.resolve("data"));
    List<RestoreProblemsTest.Frame> frames = RestoreProblemsTest.backup("M", data);
    Path where = temp.resolve("restore");
    RestoreProblemsTest.restore(frames, where.toString(), ReplaceMode.ALWAYS, new ArrayList<>());
    restored = Path.of(where + data.toString());
    Files.writeString(restored.resolve("docs/a.txt"), "newer local change\n");
    KitDataSet.setTimes(restored.resolve("docs/a.txt"), KitDataSet.T1);
    Files.writeString(restored.resolve("docs/b.txt"), "older local copy\n");
    KitDataSet.setTimes(restored.resolve("docs/b.txt"), KitDataSet.T0 - 86400);
    return frames;
  }

  private List<RestoreMessage> restoreAgain(List<RestoreProblemsTest.Frame> frames, ReplaceMode mode) {
    List<RestoreMessage> messages = new ArrayList<>();
    JobTotals totals =
        RestoreProblemsTest.restore(frames, temp.resolve("restore").toString(), mode, messages);
    assertThat(totals.jobErrors()).isZero();
    assertThat(totals.jobFiles()).isEqualTo(11);
    return messages;
  }

  @Test
  void alwaysReplacesEverything() throws Exception {
    List<RestoreMessage> messages = restoreAgain(prepare(), ReplaceMode.ALWAYS);
    assertThat(messages).isEmpty();
    assertThat(restored.resolve("docs/a.txt")).hasContent("alpha");
    assertThat(restored.resolve("docs/b.txt")).hasContent("bravo");
  }

  @Test
  void ifNewerKeepsFilesThatAreNotOlderThanTheBackup() throws Exception {
    List<RestoreMessage> messages = restoreAgain(prepare(), ReplaceMode.IF_NEWER);
    assertThat(restored.resolve("docs/a.txt")).hasContent("newer local change");
    assertThat(restored.resolve("docs/b.txt")).hasContent("bravo");
    assertThat(messages).extracting(RestoreMessage::message)
        .contains("File skipped. Not newer: " + restored.resolve("docs/a.txt"))
        .doesNotContain("File skipped. Not newer: " + restored.resolve("docs/b.txt"));
    assertThat(messages).noneMatch(RestoreMessage::error);
  }

  @Test
  void ifOlderReplacesOnlyFilesNewerThanTheBackup() throws Exception {
    List<RestoreMessage> messages = restoreAgain(prepare(), ReplaceMode.IF_OLDER);
    assertThat(restored.resolve("docs/a.txt")).hasContent("alpha");
    assertThat(restored.resolve("docs/b.txt")).hasContent("older local copy");
    assertThat(messages).extracting(RestoreMessage::message)
        .contains("File skipped. Not older: " + restored.resolve("docs/b.txt"));
  }

  @Test
  void neverKeepsEveryExistingFile() throws Exception {
    List<RestoreMessage> messages = restoreAgain(prepare(), ReplaceMode.NEVER);
    assertThat(restored.resolve("docs/a.txt")).hasContent("newer local change");
    assertThat(restored.resolve("docs/b.txt")).hasContent("older local copy");
    assertThat(messages).hasSize(11)
        .allSatisfy(m -> assertThat(m.message()).startsWith("File skipped. Already exists: "));
  }

  @Test
  void neverStillSetsTheAttributesOfDirectoriesItCreated() throws Exception {
    Path source = KitDataSet.create(temp.resolve("data"));
    List<RestoreMessage> messages = new ArrayList<>();
    JobTotals totals = RestoreProblemsTest.restore(RestoreProblemsTest.backup("M", source),
        temp.resolve("fresh").toString(), ReplaceMode.NEVER, messages);
    assertThat(messages).isEmpty();
    assertThat(totals.jobErrors()).isZero();
    Path docs = Path.of(temp.resolve("fresh") + source.toString()).resolve("docs");
    assertThat(Files.getLastModifiedTime(docs).toInstant().getEpochSecond()).isEqualTo(KitDataSet.T0);
    assertThat(Files.getAttribute(docs, "unix:mode")).isEqualTo(040755);
  }
}
