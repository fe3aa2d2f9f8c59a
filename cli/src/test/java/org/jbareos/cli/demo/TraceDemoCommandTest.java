package org.jbareos.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jbareos trace-demo} against the seed: its trace must line up, packet for packet, with the opening of the
 * seed's "Backup of a Single File" detailed diagram (Director and Storage Daemon), up to the device reservation,
 * with the documented differences of PROTOCOL.md §0 (the Version suffix, qualified challenge names).
 */
class TraceDemoCommandTest {

  private static final Pattern LINE = Pattern.compile("^\\s*(\"[^\"]+\" -> \"[^\"]+\"): \\(\\s*(-?\\d+)\\) (.*)$");

  /** Sender, receiver, the length of fixed lines, and the first word of the text: what must line up. */
  private record Packet(String direction, String length, String firstWord) {}

  private static List<Packet> packets(List<String> lines) {
    return lines.stream().map(LINE::matcher).filter(Matcher::matches).map(m -> {
      String text = m.group(3);
      String firstWord = text.split(" ")[0];
      boolean fixedLength = !text.startsWith("Hello") && !text.startsWith("auth") && !text.startsWith("JobId")
          && !text.startsWith("3000 OK Job") && !firstWord.endsWith("\\n");
      return new Packet(m.group(1), fixedLength ? m.group(2) : "*", firstWord.endsWith("\\n") ? "<cram>" : firstWord);
    }).toList();
  }

  private static List<Packet> seedOpening() throws IOException {
    Path seed = Path.of(System.getProperty("jbareos.shared", "../../shared"), "seeds", "002_087de0db70e34b47.txt");
    List<String> diagram = Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
        .dropWhile(l -> !l.strip().equals(":caption: Network Sequence of a Backup of a Single File"))
        .filter(l -> l.contains("\"Director\" -> \"Storage Daemon\"") || l.contains("\"Storage Daemon\" -> \"Director\""))
        .limit(16)
        .toList();
    return packets(diagram);
  }

  private static List<String> run(String... args) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.commandLine().execute(args)).isZero();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void cleartextTraceLinesUpWithTheSeedDiagram(@TempDir Path directory) throws IOException {
    Path traceFile = directory.resolve("trace.txt");
    List<String> output = run("trace-demo", "--cleartext", "--trace", traceFile.toString());

    List<Packet> ours = packets(output);
    assertThat(ours.subList(0, 16)).containsExactlyElementsOf(seedOpening());
    assertThat(output).contains("\"Director\" -> \"Storage Daemon\": (  -1) BNET_EOD - End of data stream, new data"
        + " may follow\\n");
    // The challenge's random part has 1 to 10 digits, so its length varies.
    assertThat(output).anyMatch(l -> l.matches("\"Storage Daemon\" -> \"Director\": \\(\\s*\\d+\\) auth cram-md5 "
        + "<\\d+\\.\\d+@R_STORAGE::bareos-sd> ssl=0 \\\\n"));
    assertThat(Files.readAllLines(traceFile)).containsExactlyElementsOf(
        output.stream().filter(l -> LINE.matcher(l).matches()).toList());
  }

  @Test
  void tlsPskTraceShowsTheSameConversationInsideTls() {
    for (String version : List.of("1.2", "1.3")) {
      List<String> output = run("trace-demo", "--tls-version", version);
      assertThat(packets(output)).hasSize(18);
      assertThat(output).anyMatch(l -> l.startsWith("Handshake: Immediate TLS") && l.endsWith("TLSv" + version));
      assertThat(output).anyMatch(l -> l.contains("@R_DIRECTOR::bareos-dir> ssl=2 \\n"));
    }
  }
}
