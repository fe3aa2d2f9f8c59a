package org.jbareos.cli.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole trees and selected entries, as the quick start and the system test compare restores. */
class TreeComparisonTest {

  @TempDir Path temp;

  @Test
  void selectedEntriesAreComparedAndNothingElse() throws Exception {
    Path source = Files.createDirectories(temp.resolve("source"));
    Files.writeString(source.resolve("wanted.txt"), "wanted\n");
    Files.writeString(source.resolve("other.txt"), "other\n");
    Path restored = Files.createDirectories(temp.resolve("restored"));
    Files.writeString(restored.resolve("wanted.txt"), "wanted\n");
    Files.setLastModifiedTime(restored.resolve("wanted.txt"),
        Files.getLastModifiedTime(source.resolve("wanted.txt")));

    assertThat(TreeComparison.compareEntries(source, restored, List.of("wanted.txt")).differences()).isEmpty();
    assertThat(TreeComparison.compare(source, restored).differences())
        .contains("other.txt: missing from the restore");

    Files.setLastModifiedTime(restored.resolve("wanted.txt"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(TreeComparison.compareEntries(source, restored, List.of("wanted.txt", "missing.txt")).differences())
        .hasSize(2).anySatisfy(d -> assertThat(d).startsWith("wanted.txt: mtime"))
        .contains("missing.txt: missing from the restore");
  }
}
