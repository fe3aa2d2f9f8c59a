package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.net.auth.CramChallenge;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.trace.NetworkTrace;
import org.junit.jupiter.api.Test;

/**
 * The hello, {@code auth cram-md5}, {@code 1000 OK auth} and signal lines of seed 002's "Detailed Diagram"s (Bareos
 * 19.1.2 network dumps in plantuml form). A payload is rebuilt from a line where that is unambiguous: the dump
 * shows the whole payload when it is at most 100 bytes, with the final {@code \n} turned into a space. In the first
 * diagram the document replaced the qualified names by display names (also inside {@code qualified-name=}); the
 * recorded lengths show the real names, which are put back.
 */
class SeedDiagramTest {
  private static final Pattern LINE =
      Pattern.compile("^\\s+\"?([^\"]+?)\"? -> \"?([^\"]+?)\"?: \\(\\s*(-?\\d+)\\) (.*)\\\\n$");
  private static final Map<String, String> DOCTORED_NAMES = Map.of(
      "qualified-name=Storage Daemon ", "qualified-name=R_STORAGE::bareos-sd ",
      "qualified-name=Director ", "qualified-name=R_DIRECTOR::bareos-dir ",
      "qualified-name=File Daemon ", "qualified-name=R_CLIENT::localhost-fd ");

  @Test
  void seedHelloAuthAndSignalLinesParseAndFormatBack() throws Exception {
    int hellos = 0;
    int challenges = 0;
    int verdicts = 0;
    int signals = 0;
    int skipped = 0;
    for (String raw : Files.readAllLines(SharedData.root().resolve("seeds/002_087de0db70e34b47.txt"),
        StandardCharsets.UTF_8)) {
      Matcher m = LINE.matcher(raw);
      if (!m.matches()) {
        continue;
      }
      int header = Integer.parseInt(m.group(3));
      String text = m.group(4);
      if (header < 0) {
        assertThat(Signal.nameOf(header) + " - " + Signal.describe(header)).as(raw).isEqualTo(text);
        signals++;
        continue;
      }
      if (!(text.startsWith("Hello ") || text.startsWith("auth cram-md5") || text.startsWith("1000 OK auth"))) {
        continue;
      }
      String undoctored = text;
      for (var name : DOCTORED_NAMES.entrySet()) {
        if (undoctored.length() != header) {
          undoctored = undoctored.replace(name.getKey(), name.getValue());
        }
      }
      if (undoctored.length() != header || !undoctored.endsWith(" ")) {
        // Cut short in the document (sd2 -> dir: (  98) ... qualified-name=R_STORAGE::127.0.0.1-sd): not rebuilt.
        skipped++;
        continue;
      }
      String payload = undoctored.substring(0, header - 1) + "\n";
      if (text.equals(undoctored)) {
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        assertThat(NetworkTrace.line(m.group(1), m.group(2), header, bytes, 0, bytes.length))
            .isEqualTo("\"" + m.group(1) + "\" -> \"" + m.group(2) + "\": " + raw.substring(raw.indexOf(": (") + 2)
                + "\n");
      }
      if (payload.startsWith("Hello ")) {
        assertThat(Hello.parse(payload).toWire()).as(raw).isEqualTo(payload);
        hellos++;
      } else if (payload.startsWith("auth cram-md5")) {
        CramChallenge challenge = CramChallenge.parse(payload);
        assertThat(challenge.toWire()).as(raw).isEqualTo(payload);
        assertThat(challenge.tlsPolicy()).hasValue(1);
        assertThat(challenge.qualifiedName()).isPresent();
        challenges++;
      } else {
        assertThat(payload).isEqualTo("1000 OK auth\n");
        verdicts++;
      }
    }
    assertThat(hellos).isGreaterThanOrEqualTo(10);
    assertThat(challenges).isGreaterThanOrEqualTo(20);
    assertThat(verdicts).isEqualTo(challenges + skipped);
    assertThat(signals).isGreaterThan(20);
    assertThat(skipped).isLessThanOrEqualTo(2);
  }
}
