package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jbareos.director.SeedTraceNormalizer.Normalized;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.testkit.KitConfig;
import org.jbareos.testkit.SeedDiagram;
import org.jbareos.testkit.TraceLine;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network trace of a real backup and restore of a single file between our three daemons (the kit's
 * configurations, cleartext as the seed's 2019 daemons) lines up with the seed's "Backup of a Single File" and
 * "Restore of a Single File" diagrams (DESIGN.md: reference conversations), message for message on each connection:
 * Director-Storage Daemon, Director-File Daemon, File Daemon-Storage Daemon, each of its two directions in order. The
 * order between connections and between the two directions of one is the threads' timing and is not compared, except
 * where PROTOCOL.md §0 fixes it ({@code run} after {@code 2000 OK storage}).
 *
 * <p>Each line is normalised first ({@link SeedTraceNormalizer}: ids, times, names, keys, sizes, the §0 text
 * differences). Then the seed's messages and ours are aligned in order (longest common subsequence). What stays
 * unaligned must be a difference between Bareos 19.1.2 and 26.0.0 that the 26.0.0 recordings show (the recordings
 * win over the seed): a message of ours that the seed lacks must be one the real 26.0.0 daemons send on that
 * connection (backup-full.txt, restore.txt: just-in-time device reservation, the Version job messages, UpdCat sent
 * in batches (§0), DeleteNullJobmediaRecords, ...), and a seed message we do not send must be one they do not send
 * either (for example "Wrote label"). Anything else fails the test, naming the line.
 */
class SeedTraceAlignmentTest {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final String FILE_CONTENT = "# nothing needed for Linux\n";
  private static final Set<String> DATA_CHANNEL = Set.of("File Daemon", "Storage Daemon");

  @TempDir static Path directory;

  private static List<TraceLine> backup;
  private static List<TraceLine> restore;
  /** How much of the trace the earlier jobs wrote. */
  private static int traced;

  @BeforeAll
  static void runBackupAndRestore() throws Exception {
    Path data = Files.createDirectories(directory.resolve("data"));
    Files.writeString(data.resolve("tape_options"), FILE_CONTENT);
    StringWriter out = new StringWriter();
    try (NetworkTrace trace = NetworkTrace.to(out);
        KitDaemons daemons = KitDaemons.start(directory, config -> KitConfig.rewrite(
            config.resolve("bareos-dir.d/fileset/TestSet.conf"), "File = \"" + data + "\"",
            "File = \"" + data.resolve("tape_options") + "\""), Optional.of(trace))) {
      JobResult full = daemons.engine().start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
          .await(DEADLINE);
      assertThat(full.status()).as(String.join("", full.log())).isEqualTo(JobStatus.TERMINATED);
      backup = untilEnded(out, terminates(SeedDiagram.BACKUP));
      JobResult restored = daemons.engine().start(JobRequest.Restore.ofJobs("RestoreFiles",
          List.of(full.jobId()))).await(DEADLINE);
      assertThat(restored.status()).as(String.join("", restored.log())).isEqualTo(JobStatus.TERMINATED);
      restore = untilEnded(out, terminates(SeedDiagram.RESTORE));
    }
    assertThat(daemonsRestored(data)).hasContent(FILE_CONTENT.strip());
  }

  private static Path daemonsRestored(Path data) {
    return directory.resolve("restores").resolve(data.resolve("tape_options").toString().substring(1));
  }

  @Test
  void backupLinesUpWithTheSeed() {
    assertAligned(SeedDiagram.load(SeedDiagram.BACKUP), backup, Transcript.conformance("backup-full.txt"));
  }

  @Test
  void restoreLinesUpWithTheSeed() {
    assertAligned(SeedDiagram.load(SeedDiagram.RESTORE), restore, Transcript.conformance("restore.txt"));
  }

  @Test
  void theDirectorStartsTheStorageJobAfterTheFileDaemonReachedIt() {
    // §0: since 26 the Director sends "run" to the SD after the FD's "2000 OK storage" (the 2019 seed before it)
    int storageOk = indexOf(backup, "File Daemon", "Director", "2000 OK storage ");
    int run = indexOf(backup, "Director", "Storage Daemon", "run");
    assertThat(run).isGreaterThan(storageOk);
  }

  /** Each connection's seed messages and ours in the same order, but for the differences the recording shows. */
  private static void assertAligned(List<TraceLine> seed, List<TraceLine> ours, Transcript recording) {
    List<String> problems = new ArrayList<>();
    for (Set<String> pair : List.of(Set.of("Director", "Storage Daemon"), Set.of("Director", "File Daemon"),
        DATA_CHANNEL)) {
      List<Normalized> expected = normalized(seed, pair);
      List<Normalized> actual = normalized(ours, pair);
      List<Normalized> recorded = normalized(recorded(recording, pair), pair);
      assertThat(expected).as("the seed has the connection " + pair).isNotEmpty();
      assertThat(actual).as("our trace has the connection " + pair).isNotEmpty();
      boolean[][] matched = alignByDirection(expected, actual);
      if (pair.equals(DATA_CHANNEL)) {
        // the data channel has not changed since 2019: every seed message is there, in order, and nothing else
        String trace = "our trace:\n" + String.join("\n", actual.stream().map(Normalized::toString).toList());
        assertThat(unaligned(expected, matched[0])).as("seed messages we do not send on " + pair + "; " + trace)
            .isEmpty();
        assertThat(unaligned(actual, matched[1])).as("our messages the seed does not have on " + pair + "; " + trace)
            .isEmpty();
      }
      for (int i = 0; i < expected.size(); i++) {
        Normalized missing = expected.get(i);
        if (matched[0][i] || recorded.stream().noneMatch(missing::matches)) {
          continue; // aligned, or a message 26.0.0 no longer sends
        }
        if (moved(missing) && unaligned(actual, matched[1]).stream().anyMatch(missing::matches)) {
          // its answer, the next message the other side sent, moved with it
          for (int k = i + 1; k < expected.size(); k++) {
            if (!expected.get(k).line().from().equals(missing.line().from())) {
              Normalized answer = expected.get(k);
              if (!matched[0][k] && unaligned(actual, matched[1]).stream().anyMatch(answer::matches)) {
                matched[0][k] = true;
              }
              break;
            }
          }
          continue;
        }
        problems.add("seed message not sent by our daemons (26.0.0 sends it too): " + missing);
      }
      for (int j = 0; j < actual.size(); j++) {
        Normalized extra = actual.get(j);
        if (!matched[1][j] && recorded.stream().noneMatch(extra::matches)) {
          problems.add("our message is in neither the seed nor the 26.0.0 recording: " + extra);
        }
      }
    }
    assertThat(problems).as("differences from the seed that no documented reason explains").isEmpty();
  }

  /**
   * Messages that Bareos 26.0.0 sends at another place on the same connection than the 2019 seed shows, with the
   * reason; the answer to such a message moves with it.
   */
  private static final Map<String, String> MOVED = Map.of(
      "FindMedia=", "just in time reservation (26.0.0, backup-full.txt): the SD reserves the device and asks for a"
          + " volume when the first data arrives, after 3000 OK data, not when the Director sends use device");

  private static boolean moved(Normalized message) {
    return MOVED.keySet().stream().anyMatch(marker -> message.key().contains(marker));
  }

  private static List<Normalized> unaligned(List<Normalized> messages, boolean[] aligned) {
    List<Normalized> left = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (!aligned[i]) {
        left.add(messages.get(i));
      }
    }
    return left;
  }

  /**
   * Aligns each direction of a connection on its own: a direction is one ordered stream, while the two directions
   * cross on the wire where neither side waits for the other (after {@code 3000 OK close} of a read session the SD's
   * EOD and the FD's TERMINATE, as the FD reads only the close reply, like Bareos). {@code [0][i]} says whether
   * {@code expected[i]} found its partner, {@code [1][j]} whether {@code actual[j]} did.
   */
  private static boolean[][] alignByDirection(List<Normalized> expected, List<Normalized> actual) {
    boolean[][] matched = {new boolean[expected.size()], new boolean[actual.size()]};
    Set<String> senders = new TreeSet<>();
    expected.forEach(n -> senders.add(n.line().from()));
    actual.forEach(n -> senders.add(n.line().from()));
    for (String sender : senders) {
      List<Integer> e = indicesFrom(expected, sender);
      List<Integer> a = indicesFrom(actual, sender);
      boolean[][] direction = align(e.stream().map(expected::get).toList(), a.stream().map(actual::get).toList());
      for (int i = 0; i < e.size(); i++) {
        matched[0][e.get(i)] = direction[0][i];
      }
      for (int j = 0; j < a.size(); j++) {
        matched[1][a.get(j)] = direction[1][j];
      }
    }
    return matched;
  }

  private static List<Integer> indicesFrom(List<Normalized> messages, String sender) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).line().from().equals(sender)) {
        indices.add(i);
      }
    }
    return indices;
  }

  /**
   * The longest common subsequence of the two lists under {@link Normalized#matches}; {@code [0][i]} says whether
   * {@code expected[i]} is part of it, {@code [1][j]} whether {@code actual[j]} is.
   */
  private static boolean[][] align(List<Normalized> expected, List<Normalized> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] length = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        length[i][j] = expected.get(i).matches(actual.get(j)) ? length[i + 1][j + 1] + 1
            : Math.max(length[i + 1][j], length[i][j + 1]);
      }
    }
    boolean[][] matched = {new boolean[n], new boolean[m]};
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (expected.get(i).matches(actual.get(j)) && length[i][j] == length[i + 1][j + 1] + 1) {
        matched[0][i++] = true;
        matched[1][j++] = true;
      } else if (length[i + 1][j] >= length[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return matched;
  }

  private static List<Normalized> normalized(List<TraceLine> lines, Set<String> pair) {
    return lines.stream().filter(l -> pair.equals(Set.of(l.from(), l.to()))).map(SeedTraceNormalizer::of).toList();
  }

  /** The recording's messages on the job's connection between the pair, as our dump prints them. */
  private static List<TraceLine> recorded(Transcript recording, Set<String> pair) {
    Map<String, String> names = Map.of("dir", Participant.DIRECTOR.displayName(), "sd",
        Participant.STORAGE_DAEMON.displayName(), "fd", Participant.FILE_DAEMON.displayName());
    String client = pair.contains(Participant.DIRECTOR.displayName()) ? "dir" : "fd";
    String server = pair.contains(Participant.STORAGE_DAEMON.displayName()) ? "sd" : "fd";
    List<TraceLine> lines = new ArrayList<>();
    for (TranscriptMessage m : recording.connectionBetween(client, server)) {
      byte[] payload = m.isSignal() ? new byte[0] : m.payload();
      String line = NetworkTrace.line(names.get(m.sender()), names.get(m.receiver()), m.header(), payload, 0,
          payload.length);
      lines.add(TraceLine.parse(line.strip()).orElseThrow());
    }
    return lines;
  }

  /**
   * The trace lines written since {@link #traced}, once the job's last frames are out: the Director's job end does
   * not wait for the daemons' closing TERMINATEs, of which the seed's diagram of the job has {@code terminates}.
   */
  private static List<TraceLine> untilEnded(StringWriter out, long terminates) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (true) {
      String written = out.toString();
      List<TraceLine> lines = written.substring(traced).lines().map(l -> TraceLine.parse(l).orElseThrow()).toList();
      if (lines.stream().filter(l -> l.length() == -4).count() >= terminates) {
        traced = written.length();
        return lines;
      }
      assertThat(System.nanoTime()).as("the job's closing frames within " + DEADLINE).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static long terminates(String caption) {
    return SeedDiagram.load(caption).stream().filter(l -> l.length() == -4).count();
  }

  private static int indexOf(List<TraceLine> lines, String from, String to, String text) {
    for (int i = 0; i < lines.size(); i++) {
      TraceLine l = lines.get(i);
      if (l.from().equals(from) && l.to().equals(to) && l.text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no " + from + " -> " + to + ": " + text + " in " + lines);
  }
}
