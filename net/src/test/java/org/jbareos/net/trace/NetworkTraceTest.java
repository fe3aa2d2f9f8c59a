package org.jbareos.net.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jbareos.net.Loopback;
import org.jbareos.net.Packet;
import org.jbareos.net.SharedData;
import org.jbareos.net.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network trace reproduces the "Detailed Diagram" lines of seed 002 for the same messages. */
class NetworkTraceTest {
  private static final String JOB_CMD_SHOWN =
      "JobId=1 job=backup-bareos-fd.2019-07-02_08.59.16_06 job_name=backup-bareos-fd client_name=bareos-fd ";

  private static Set<String> seedDiagramLines() throws Exception {
    return Files.readAllLines(SharedData.root().resolve("seeds/002_087de0db70e34b47.txt"), StandardCharsets.UTF_8)
        .stream().filter(l -> l.startsWith("  \"")).map(l -> l.substring(2) + "\n").collect(Collectors.toSet());
  }

  @Test
  void aShortConversationProducesTheSeedLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("trace.txt");
    byte[] jobCommand = Arrays.copyOf((JOB_CMD_SHOWN + "x".repeat(216)).getBytes(StandardCharsets.US_ASCII), 316);
    try (NetworkTrace trace = NetworkTrace.toFile(file); Loopback link = Loopback.open()) {
      var director = link.client();
      var storage = link.server();
      director.traceTo(trace, Participant.DIRECTOR, Participant.STORAGE_DAEMON);
      storage.traceTo(trace, Participant.STORAGE_DAEMON, Participant.DIRECTOR);
      director.send("Hello Director bareos-dir calling\n");
      assertThat(storage.receive()).isEqualTo(Packet.text("Hello Director bareos-dir calling\n"));
      director.send("4+Y5OExKbD/f+z+gP/+apB\0");
      storage.receive();
      storage.send("1000 OK auth\n");
      director.receive();
      storage.fsend("3000 OK Hello\n");
      director.receive();
      director.send(jobCommand);
      storage.receive();
      storage.fsend("2000 OK SDSecureEraseCmd %s \n", "*None*");
      director.receive();
      director.signal(Signal.EOD);
      storage.receive();
      director.send("run");
      storage.receive();
      storage.signal(Signal.TERMINATE);
      director.receive();
    }
    List<String> expected = List.of(
        "\"Director\" -> \"Storage Daemon\": (  34) Hello Director bareos-dir calling \\n\n",
        "\"Director\" -> \"Storage Daemon\": (  23) 4+Y5OExKbD/f+z+gP/+apB\\n\n",
        "\"Storage Daemon\" -> \"Director\": (  13) 1000 OK auth \\n\n",
        "\"Storage Daemon\" -> \"Director\": (  14) 3000 OK Hello \\n\n",
        "\"Director\" -> \"Storage Daemon\": ( 316) " + JOB_CMD_SHOWN + "\\n\n",
        "\"Storage Daemon\" -> \"Director\": (  33) 2000 OK SDSecureEraseCmd *None*  \\n\n",
        "\"Director\" -> \"Storage Daemon\": (  -1) BNET_EOD - End of data stream, new data may follow\\n\n",
        "\"Director\" -> \"Storage Daemon\": (   3) run\\n\n",
        "\"Storage Daemon\" -> \"Director\": (  -4) BNET_TERMINATE - Conversation terminated, doing close() \\n\n");
    assertThat(seedDiagramLines()).containsAll(expected);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join("", expected));
  }

  @Test
  void lineFormatDropsControlBytesAndShowsAtMost100Bytes() {
    byte[] payload = "a\tb\r\nc\u0001d\u001ee\u00e9".getBytes(StandardCharsets.UTF_8);
    assertThat(NetworkTrace.line("Console", "Director", payload.length, payload, 0, payload.length))
        .isEqualTo("\"Console\" -> \"Director\": (  12) a b cde\\n\n");
    byte[] longer = "y".repeat(250).getBytes(StandardCharsets.US_ASCII);
    assertThat(NetworkTrace.line("A", "B", 250, longer, 0, 250)).isEqualTo(
        "\"A\" -> \"B\": ( 250) " + "y".repeat(100) + "\\n\n");
    assertThat(NetworkTrace.line("A", "B", -99, new byte[0], 0, 0))
        .isEqualTo("\"A\" -> \"B\": ( -99) Unknown sig -99 - Unknown sig -99\\n\n");
    assertThat(NetworkTrace.line("A", "B", 998, longer, 0, 3)).isEqualTo("\"A\" -> \"B\": ( 998) yyy\\n\n");
    assertThat(NetworkTrace.line("A", "B", 999, longer, 0, 3)).isEqualTo("\"A\" -> \"B\": (>999) yyy\\n\n");
    assertThat(NetworkTrace.line("A", "B", 999_996, longer, 0, 3)).isEqualTo("\"A\" -> \"B\": (>999) yyy\\n\n");
  }

  @Test
  void everySignalLineOfTheSeedIsReproduced() throws Exception {
    int checked = 0;
    for (String seedLine : seedDiagramLines()) {
      var m = java.util.regex.Pattern.compile("^\"([^\"]+)\" -> \"([^\"]+)\": \\(\\s*(-\\d+)\\) .*\\n$", 
          java.util.regex.Pattern.DOTALL).matcher(seedLine);
      if (m.matches()) {
        int value = Integer.parseInt(m.group(3));
        assertThat(NetworkTrace.line(m.group(1), m.group(2), value, new byte[0], 0, 0)).isEqualTo(seedLine);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void appendableTraceFromManyThreadsKeepsLinesWhole() throws Exception {
    StringBuilder out = new StringBuilder();
    NetworkTrace trace = NetworkTrace.to(out);
    var observer = trace.between(Participant.FILE_DAEMON, Participant.STORAGE_DAEMON);
    byte[] data = "append data 1\n".getBytes(StandardCharsets.US_ASCII);
    List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < 200; i++) {
          try {
            observer.frameSent(data.length, data, 0, data.length);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(out.toString().split("\n", -1)).hasSize(1601)
        .filteredOn(l -> !l.isEmpty())
        .allMatch(l -> l.equals("\"File Daemon\" -> \"Storage Daemon\": (  14) append data 1 \\n"));
  }
}
