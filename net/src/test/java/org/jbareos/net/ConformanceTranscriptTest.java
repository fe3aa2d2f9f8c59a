package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jbareos.net.auth.CramChallenge;
import org.jbareos.net.hello.Hello;
import org.junit.jupiter.api.Test;

/**
 * Every hello, {@code auth cram-md5}, {@code 1000 OK auth} and signal of the conformance transcripts (recorded from
 * Bareos 26) parses into the right record and formats back byte for byte.
 */
class ConformanceTranscriptTest {

  @Test
  void helloAuthAndSignalLinesRoundTrip() throws Exception {
    int hellos = 0;
    int challenges = 0;
    int verdicts = 0;
    int signals = 0;
    Set<String> helloKinds = new HashSet<>();
    for (Path file : SharedData.transcripts()) {
      for (var line : SharedData.transcript(file)) {
        String where = line.file() + " " + line.connection() + " " + line.sender() + "->" + line.receiver();
        if (line.signal() != null) {
          Signal signal = Signal.of(line.signal()).orElseThrow();
          assertThat(signal.value()).isEqualTo(line.signal());
          signals++;
          continue;
        }
        String text = line.text();
        if (text.startsWith("Hello ")) {
          Hello hello = Hello.parse(line.payload());
          assertThat(hello.toBytes()).as(where).isEqualTo(line.payload());
          helloKinds.add(hello.getClass().getSimpleName() + "/" + hello.type());
          hellos++;
        } else if (text.startsWith("auth cram-md5")) {
          CramChallenge challenge = CramChallenge.parse(text);
          assertThat(challenge.toWire().getBytes(StandardCharsets.UTF_8)).as(where).isEqualTo(line.payload());
          assertThat(challenge.tlsPolicy()).hasValue(0);
          assertThat(challenge.challengerName()).isNotEmpty();
          challenges++;
        } else if (text.equals("1000 OK auth\n")) {
          verdicts++;
        }
      }
    }
    assertThat(hellos).isGreaterThanOrEqualTo(36);
    assertThat(challenges).isEqualTo(72);
    assertThat(verdicts).isEqualTo(70);
    assertThat(signals).isGreaterThan(100);
    assertThat(helloKinds).containsExactlyInAnyOrder("Director/DIRECTOR", "Client/CLIENT", "StartJob/JOB",
        "StartStorageJob/JOB", "Console/CONSOLE");
  }

  @Test
  void transcriptSignalNamesMatchTheTable() throws Exception {
    for (Path file : SharedData.transcripts()) {
      for (String raw : java.nio.file.Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        var m = java.util.regex.Pattern.compile("\\[sig (-?\\d+)\\] (\\S+)").matcher(raw);
        if (raw.startsWith("+") && m.find()) {
          assertThat(Signal.nameOf(Integer.parseInt(m.group(1)))).as(raw).isEqualTo(m.group(2));
        }
      }
    }
  }
}
