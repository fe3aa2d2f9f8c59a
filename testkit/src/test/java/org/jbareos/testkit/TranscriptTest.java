package org.jbareos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranscriptTest {

  @Test
  void readsTheFullBackupConversation() {
    Transcript backup = Transcript.conformance("backup-full.txt");

    assertThat(backup.connections()).containsEntry(1, "console->dir").containsEntry(4, "fd->sd");
    TranscriptMessage hello = backup.messages().get(0);
    assertThat(hello.isFrom("console", "dir")).isTrue();
    assertThat(hello.header()).isEqualTo(76);
    assertThat(hello.text())
        .isEqualTo("Hello *UserAgent* calling version 26.0.0~pre1298.eda204c31 Version=\"26.0.0\"\n");
    assertThat(backup.messages().get(2).payload()).hasSize(23).endsWith(0);
  }

  @Test
  void keepsSignalsAndBinaryPayloads() {
    List<TranscriptMessage> data = Transcript.conformance("backup-full.txt").connectionBetween("fd", "sd");

    assertThat(data).anyMatch(m -> m.isSignal() && m.header() == -1);
    TranscriptMessage digest =
        data.stream().filter(m -> m.header() == 16 && !m.isSignal()).findFirst().orElseThrow();
    assertThat(digest.payload()).hasSize(16);
    assertThat(digest.complete()).isTrue();
    TranscriptMessage bigData = data.stream().filter(m -> m.header() == 262144).findFirst().orElseThrow();
    assertThat(bigData.complete()).isFalse();
    assertThat(bigData.payload()).hasSize(64);
  }

  @Test
  void unescapesUtf8NamesByteForByte() {
    TranscriptMessage attributes =
        Transcript.conformance("backup-full.txt").messages().stream()
            .filter(m -> m.latin1().contains("gr\u00c3\u00bc\u00c3\u009fe"))
            .findFirst()
            .orElseThrow();
    assertThat(attributes.text()).contains("grüße-日本.txt");
    assertThat(Transcript.unescape(Transcript.escape(attributes.payload()))).isEqualTo(attributes.payload());
  }

  @Test
  void everyConformanceTranscriptParses() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.conformance("."))) {
      List<Path> transcripts =
          files.filter(p -> p.getFileName().toString().endsWith(".txt"))
              .filter(p -> !p.getFileName().toString().contains("bconsole"))
              .filter(p -> !p.getFileName().toString().startsWith("cram-md5"))
              .filter(p -> !p.getFileName().toString().startsWith("dataset"))
              .filter(p -> !p.getFileName().toString().startsWith("python-json.output"))
              .toList();
      assertThat(transcripts).hasSizeGreaterThanOrEqualTo(9);
      for (Path file : transcripts) {
        Transcript transcript = Transcript.load(file);
        assertThat(transcript.messages()).as(file.toString()).isNotEmpty();
        assertThat(transcript.connections()).as(file.toString()).isNotEmpty();
      }
    }
  }
}
