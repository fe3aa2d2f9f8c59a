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

/**
 * A hard link already saved sends its attributes (FT_LNKSAVED, link = the first name, LinkFI in the stat) and the
 * first name's digest again, but no data ({@code SaveFile}: "Check if original file has a digest, and send it").
 */
class HardLinkRecordsTest {

  @TempDir Path temp;

  @Test
  void secondNameSendsAttributesAndTheFirstDigestOnly() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("links"));
    Files.writeString(dir.resolve("first"), "shared content\n");
    Files.createLink(dir.resolve("second"), dir.resolve("first"));
    KitDataSet.finish(dir);

    RecordedBackup backup =
        RecordedBackup.run(FindFileSet.of(WalkTestFileSets.include("S2", List.of(), dir)), Optional.empty());

    List<RecordedBackup.Sent> attributes = backup.records().stream().filter(r -> r.stream() == 1).toList();
    assertThat(attributes).hasSize(3);
    AttributeRecord saved = AttributeRecord.parse(attributes.get(0).frames().get(0));
    AttributeRecord linked = AttributeRecord.parse(attributes.get(1).frames().get(0));
    assertThat(saved.type()).isEqualTo(FileType.REG);
    assertThat(linked.type()).isEqualTo(FileType.LNKSAVED);
    assertThat(linked.link()).isEqualTo(saved.fileName());
    assertThat(linked.stat().linkFi()).isEqualTo(saved.fileIndex());
    assertThat(backup.ofFile(saved.fileIndex())).extracting(RecordedBackup.Sent::stream).containsExactly(1, 2, 17);
    assertThat(backup.ofFile(linked.fileIndex())).extracting(RecordedBackup.Sent::stream).containsExactly(1, 17);
    assertThat(backup.ofFile(linked.fileIndex()).get(1).joined())
        .isEqualTo(backup.ofFile(saved.fileIndex()).get(2).joined());
    assertThat(backup.totals().readBytes()).isEqualTo("shared content\n".length());
  }
}
