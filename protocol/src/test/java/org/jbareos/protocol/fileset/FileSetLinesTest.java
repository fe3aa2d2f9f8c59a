package org.jbareos.protocol.fileset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.fileset.FileSet.OptionItem;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

class FileSetLinesTest {

  /** The frames between {@code fileset vss=1\n} and the EOD on the dir->fd connection. */
  private static List<String> recordedItems(String capture) {
    List<String> items = new ArrayList<>();
    boolean inside = false;
    for (TranscriptMessage m : Transcript.conformance(capture).connectionBetween("dir", "fd")) {
      if (!m.isFrom("dir", "fd")) {
        continue;
      }
      if (inside && m.isSignal()) {
        return items;
      }
      if (inside) {
        items.add(m.text());
      }
      if (!m.isSignal() && m.text().startsWith("fileset")) {
        inside = true;
      }
    }
    throw new AssertionError(capture + " has no fileset");
  }

  @Test
  void recordedFileSetsParseAndFormatBack() throws ProtocolException {
    for (String capture : List.of("backup-full.txt", "backup-incremental.txt", "verify-volume.txt")) {
      List<String> items = recordedItems(capture);
      assertThat(items).containsExactly("I\n", "O MHAX\n", "N\n", "F /srv/bareos-test/data", "N\n", "N\n");
      FileSet fileSet = FileSetLines.parse(items);
      assertThat(fileSet.includes()).hasSize(1);
      assertThat(fileSet.excludes()).isEmpty();
      FileSet.Block include = fileSet.includes().get(0);
      assertThat(include.options()).containsExactly(new FileSet.Options("MHAX", List.of()));
      assertThat(include.files()).containsExactly("/srv/bareos-test/data");
      assertThat(include.plugins()).isEmpty();
      assertThat(FileSetLines.format(fileSet)).isEqualTo(items);
    }
  }

  @Test
  void seedOptionLine() throws ProtocolException {
    // seed 002, backup detailed diagram: I, O MAX, N, F /home/user/tape_options, N, N
    List<String> seed = List.of("I\n", "O MAX\n", "N\n", "F /home/user/tape_options", "N\n", "N\n");
    FileSet fileSet = FileSetLines.parse(seed);
    assertThat(fileSet.includes().get(0).options().get(0).letters()).isEqualTo("MAX");
    assertThat(FileSetLines.format(fileSet)).isEqualTo(seed);
  }

  @Test
  void everyKindOfLineRoundTrips() throws ProtocolException {
    FileSet.Block include =
        new FileSet.Block(
            List.of(".nobackup"),
            List.of(
                new FileSet.Options(
                    "MZ6",
                    List.of(
                        new OptionItem(OptionItem.Code.REGEX, ".*\\.o$"),
                        new OptionItem(OptionItem.Code.WILD_DIR, "/tmp/*"),
                        new OptionItem(OptionItem.Code.FS_TYPE, "ext4"),
                        new OptionItem(OptionItem.Code.DRIVE_TYPE, "fixed"),
                        new OptionItem(OptionItem.Code.PLUGIN, "python:module=x"))),
                new FileSet.Options("e", List.of(new OptionItem(OptionItem.Code.WILD_FILE, "*.tmp")))),
            List.of("/etc", "/home/with space"),
            List.of("bpipe:file=/a:reader=cat:writer=cat"));
    FileSet.Block exclude = new FileSet.Block(List.of(), List.of(), List.of("/proc"), List.of());
    FileSet fileSet = new FileSet(List.of(include), List.of(exclude));
    List<String> frames = FileSetLines.format(fileSet);
    assertThat(frames)
        .containsExactly(
            "I\n", "Z .nobackup\n", "O MZ6\n", "R .*\\.o$\n", "WD /tmp/*\n", "X ext4\n", "XD fixed\n",
            "G python:module=x\n", "N\n", "O e\n", "WF *.tmp\n", "N\n", "F /etc", "F /home/with space", "N\n",
            "P bpipe:file=/a:reader=cat:writer=cat", "N\n", "E\n", "F /proc", "N\n", "N\n");
    assertThat(FileSetLines.parse(frames)).isEqualTo(fileSet);
  }

  @Test
  void largeFileSetsReadInOnePass() throws ProtocolException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      files.add("/data/file-" + i);
    }
    FileSet fileSet =
        new FileSet(List.of(new FileSet.Block(List.of(), List.of(new FileSet.Options("M", List.of())), files, List.of())), List.of());
    long start = System.nanoTime();
    FileSet parsed = FileSetLines.parse(FileSetLines.format(fileSet));
    assertThat(parsed).isEqualTo(fileSet);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void theFileDaemonStripsTrailingJunk() throws ProtocolException {
    FileSet fileSet = FileSetLines.parse(List.of("I\n", "F /etc/passwd\n", "F /root \r\n", "N\n", "N\n"));
    assertThat(fileSet.includes().get(0).files()).containsExactly("/etc/passwd", "/root");
  }

  @Test
  void badLinesAreRejected() {
    assertThatThrownBy(() -> FileSetLines.parse(List.of("F /etc")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("before the first I or E");
    assertThatThrownBy(() -> FileSetLines.parse(List.of("I\n", "Q what\n")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("unknown item");
    assertThatThrownBy(() -> FileSetLines.parse(List.of("I\n", "R x\n")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("outside an Options block");
  }
}
