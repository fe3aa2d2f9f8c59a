package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.filedaemon.restore.RestoreProblemsTest.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore of several jobs (a Full, then an Incremental) brings a directory from the first job and creates files
 * in it from the second, after the directory's own record set its times: the directory must still end with the
 * mtime it was backed up with.
 */
class DirectoryTimesTest {

  private static final Instant BACKED_UP = Instant.parse("2020-02-29T12:34:56Z");

  @TempDir Path temp;

  @Test
  void aDirectoryKeepsItsTimesWhenALaterJobsFileIsRestoredIntoIt() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path dir = Files.createDirectories(data.resolve("dir"));
    Files.writeString(dir.resolve("from the full.txt"), "full\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("from the incremental.txt"), "incremental\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(dir, FileTime.from(BACKED_UP));
    List<Frame> frames = RestoreProblemsTest.backup("", data);
    // The Incremental's file comes after the Full's records, as the SD reads the Full's session first.
    int incrementalFile = frames.stream()
        .filter(f -> f.stream() == 1 && new String(f.data(), StandardCharsets.UTF_8).contains("incremental.txt"))
        .findFirst().orElseThrow().fileIndex();
    List<Frame> ordered = new ArrayList<>(frames.stream().filter(f -> f.fileIndex() != incrementalFile).toList());
    ordered.addAll(frames.stream().filter(f -> f.fileIndex() == incrementalFile).toList());
    List<RestoreMessage> messages = new ArrayList<>();
    Path where = temp.resolve("restore");

    RestoreProblemsTest.restore(ordered, where.toString(), ReplaceMode.ALWAYS, messages);

    Path restoredDir = Path.of(where + dir.toString());
    assertThat(messages).isEmpty();
    assertThat(restoredDir.resolve("from the incremental.txt")).hasContent("incremental");
    assertThat(Files.getLastModifiedTime(restoredDir).toInstant()).isEqualTo(BACKED_UP);
  }
}
