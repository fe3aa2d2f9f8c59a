package org.jbareos.protocol.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  /** The frames between {@code bootstrap\n} and the EOD on the dir->sd connection. */
  private static List<String> recordedLines(String capture) {
    List<String> lines = new ArrayList<>();
    boolean inside = false;
    for (TranscriptMessage m : Transcript.conformance(capture).connectionBetween("dir", "sd")) {
      if (!m.isFrom("dir", "sd")) {
        continue;
      }
      if (inside && m.isSignal()) {
        return lines;
      }
      if (inside) {
        lines.add(m.text());
      }
      if (!m.isSignal() && DirSdLine.BOOTSTRAP.matches(m.text())) {
        inside = true;
      }
    }
    throw new AssertionError(capture + " has no bootstrap");
  }

  @Test
  void restoreBootstrapOfTheCapture() throws ProtocolException {
    List<String> lines = recordedLines("restore.txt");
    Bootstrap bootstrap = Bootstrap.parse(lines);
    assertThat(bootstrap.volumes()).hasSize(1);
    BootstrapVolume volume = bootstrap.volumes().get(0);
    assertThat(volume.storage()).isEqualTo("File");
    assertThat(volume.volume()).isEqualTo("Full-0001");
    assertThat(volume.mediaType()).isEqualTo("File");
    assertThat(volume.device()).isEqualTo("FileStorage");
    assertThat(volume.volSessionIds()).containsExactly(BsrRange.of(1));
    assertThat(volume.volSessionTimes()).containsExactly(BsrRange.of(1795313292L));
    assertThat(volume.volAddrs()).containsExactly(new BsrRange(205, 309444));
    assertThat(volume.fileIndexes()).containsExactly(new BsrRange(1, 11));
    assertThat(volume.count()).isEqualTo(11);
    assertThat(bootstrap.lines()).isEqualTo(lines);
  }

  @Test
  void verifyAndCopyBootstrapsOfTheCaptures() throws ProtocolException {
    List<String> verify = recordedLines("verify-volume.txt");
    Bootstrap bootstrap = Bootstrap.parse(verify);
    assertThat(bootstrap.volumes().get(0).volume()).isEqualTo("Incr-0002");
    assertThat(bootstrap.volumes().get(0).volAddrs()).containsExactly(new BsrRange(212, 1112));
    assertThat(bootstrap.volumes().get(0).fileIndexes()).containsExactly(new BsrRange(1, 3));
    assertThat(bootstrap.lines()).isEqualTo(verify);
    List<String> copy = recordedLines("copy.txt");
    assertThat(Bootstrap.parse(copy).lines()).isEqualTo(copy);
  }

  @Test
  void seedBootstrapWithASingleFileIndex() throws ProtocolException {
    // seed 002, restore detailed diagram
    String seed =
        "Storage=\"File\"\nVolume=\"Full-0001\"\nMediaType=\"File\"\nDevice=\"FileStorage\"\nVolSessionId=1\n"
            + "VolSessionTime=1562050726\nVolAddr=209-822\nFileIndex=1\nCount=1\n";
    Bootstrap bootstrap = Bootstrap.parse(seed);
    assertThat(bootstrap.volumes().get(0).fileIndexes()).containsExactly(BsrRange.of(1));
    assertThat(bootstrap.text()).isEqualTo(seed);
  }

  @Test
  void severalVolumesAndListsAsTheStorageDaemonReadsThem() throws ProtocolException {
    String text =
        "Storage=\"File\"\nVolume=\"Full-0001\"\nMediaType=\"File\"\nSlot=3\nVolSessionId=1\nVolSessionTime=7\n"
            + "VolAddr=205-900\nFileIndex=1-4\nFileIndex=7\nCount=5\n"
            + "Storage=\"File\"\nVolume=\"Full-0002\"\nMediaType=\"File\"\nVolSessionId=1\nVolSessionTime=7\n"
            + "VolAddr=205-300\nFileIndex=7-9\nCount=3\n";
    Bootstrap bootstrap = Bootstrap.parse(text);
    assertThat(bootstrap.volumes()).extracting(BootstrapVolume::volume).containsExactly("Full-0001", "Full-0002");
    assertThat(bootstrap.volumes().get(0).slot()).isEqualTo(3);
    assertThat(bootstrap.volumes().get(0).fileIndexes()).containsExactly(new BsrRange(1, 4), BsrRange.of(7));
    assertThat(bootstrap.text()).isEqualTo(text);
    Bootstrap lists = Bootstrap.parse("volume=Vol1\nmediatype=File\nvolsessionid=1,3-4\nfileindex=1-2,5\n");
    assertThat(lists.volumes().get(0).volSessionIds()).containsExactly(BsrRange.of(1), new BsrRange(3, 4));
    assertThat(lists.volumes().get(0).fileIndexes()).containsExactly(new BsrRange(1, 2), BsrRange.of(5));
  }

  @Test
  void badBootstrapsAreRejected() {
    assertThatThrownBy(() -> Bootstrap.parse("Volume=\"V\"\nMediaType=\"File\"\nFileIndex=x\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("FileIndex=x");
    assertThatThrownBy(() -> Bootstrap.parse("FileIndex=1\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("before the first Volume=");
    assertThatThrownBy(() -> Bootstrap.parse("Volume=V\nMediaType=File\nColor=blue\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("Color");
    assertThatThrownBy(() -> Bootstrap.parse("Volume=V\nMediaType=File\nVolAddr=9-3\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> Bootstrap.parse("Volume=V\nnonsense\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("keyword=value");
  }
}
