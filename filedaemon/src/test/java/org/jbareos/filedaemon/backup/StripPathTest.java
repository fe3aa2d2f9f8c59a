package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option {@code P<n>:} strips leading directories from the names sent ({@code do_strip}). */
class StripPathTest {

  @TempDir Path temp;

  @Test
  void stripsWholeComponentsOrNothing() {
    assertThat(StripPath.strip("/a/b/c", 2)).contains("/c");
    assertThat(StripPath.strip("/a/b/", 2)).contains("/");
    assertThat(StripPath.strip("/a/b/c/d.txt", 1)).contains("/b/c/d.txt");
    assertThat(StripPath.strip("/a", 2)).isEmpty();
    assertThat(StripPath.strip("/a/b", 2)).isEmpty();
  }

  @Test
  void namesAndHardLinkTargetsAreStrippedSymlinkTargetsAreNot() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    Files.createLink(data.resolve("docs/hard.txt"), data.resolve("docs/a.txt"));
    Files.createSymbolicLink(data.resolve("abs-link"), data.resolve("tape_options"));
    int depth = data.getNameCount();

    RecordedBackup backup = RecordedBackup.run(
        FindFileSet.of(WalkTestFileSets.include("MP" + depth + ":", List.of(), data)), Optional.empty());

    List<AttributeRecord> attributes = backup.records().stream().filter(r -> r.stream() == 1)
        .map(r -> parse(r.frames().get(0))).toList();
    assertThat(attributes).extracting(AttributeRecord::fileName)
        .contains("/tape_options", "/docs/", "/docs/c.txt").doesNotContain(data + "/tape_options");
    assertThat(attributes).filteredOn(a -> a.type() == FileType.LNKSAVED).singleElement()
        .satisfies(a -> assertThat(a.link()).startsWith("/docs/").doesNotContain(data.toString()));
    assertThat(attributes).filteredOn(a -> a.fileName().equals("/abs-link")).singleElement()
        .satisfies(a -> assertThat(a.link()).isEqualTo(data.resolve("tape_options").toString()));
    assertThat(attributes).filteredOn(a -> a.type() == FileType.DIREND).extracting(AttributeRecord::fileName)
        .as("the File item itself becomes the root").containsExactlyInAnyOrder("/docs/", "/");
  }

  private static AttributeRecord parse(byte[] payload) {
    try {
      return AttributeRecord.parse(payload);
    } catch (org.jbareos.net.ProtocolException e) {
      throw new AssertionError(e);
    }
  }
}
