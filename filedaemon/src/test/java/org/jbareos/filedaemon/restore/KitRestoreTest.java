package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.TreeComparison;
import org.jbareos.protocol.fdsd.ReadRecordHeader;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records the real SD sent to the real FD in restore.txt ({@code rechdr} + data, PROTOCOL.md §7.4) restore the
 * kit's data set. The transcript holds only the first 64 bytes of random.bin's two big records; the rest comes from
 * the data set's recipe, checked against those bytes.
 */
class KitRestoreTest {

  @TempDir Path temp;

  @Test
  void theRealSdsRecordsRestoreTheKitDataSet() throws Exception {
    List<TranscriptMessage> messages = Transcript.conformance("restore.txt").connectionBetween("fd", "sd");
    byte[] random = KitDataSet.randomBin();
    long randomOffset = 0;
    List<RestoreMessage> problems = new ArrayList<>();
    Path where = temp.resolve("bareos-restores");
    JobTotals totals;
    int records = 0;
    try (RestoreSession session = new RestoreSession(where.toString(), ReplaceMode.ALWAYS, false, problems::add)) {
      for (int i = 0; i < messages.size(); i++) {
        TranscriptMessage m = messages.get(i);
        if (!m.isFrom("sd", "fd") || m.isSignal() || !m.text().startsWith("rechdr ")) {
          continue;
        }
        ReadRecordHeader header = ReadRecordHeader.parse(m.text());
        TranscriptMessage data = messages.get(++i);
        byte[] payload = data.payload();
        if (!data.complete()) {
          payload = Arrays.copyOfRange(random, (int) randomOffset, (int) randomOffset + data.header());
          assertThat(Arrays.copyOf(payload, data.payload().length)).isEqualTo(data.payload());
        }
        if (header.stream() == 2 && header.dataLength() > 1000) {
          randomOffset += header.dataLength();
        }
        assertThat(payload.length).isEqualTo((int) header.dataLength());
        session.record(header.fileIndex(), header.stream(), payload);
        records++;
      }
      session.finish();
      totals = session.totals();
    }

    assertThat(records).as("11 attributes, 8 data, 8 digest records").isEqualTo(27);
    assertThat(problems).isEmpty();
    String endJob = Transcript.conformance("restore.txt").connectionBetween("dir", "fd")
        .stream().filter(x -> x.isFrom("fd", "dir") && !x.isSignal() && x.text().startsWith("2800 End Job"))
        .findFirst().orElseThrow().text();
    assertThat(endJob).startsWith("2800 End Job TermCode=84 JobFiles=" + totals.jobFiles() + " ReadBytes="
        + totals.readBytes() + " JobBytes=" + totals.jobBytes() + " Errors=" + totals.jobErrors() + " ");
    Path expected = KitDataSet.create(temp.resolve("srv/bareos-test/data"));
    Path restored = Path.of(where + KitDataSet.KIT_ROOT);
    TreeComparison.assertSameTree(expected, restored);
    assertThat(Files.readSymbolicLink(restored.resolve("link-to-tape_options"))).isEqualTo(Path.of("tape_options"));
    assertThat(Files.getAttribute(restored.resolve("docs"), "unix:mode", LinkOption.NOFOLLOW_LINKS))
        .isEqualTo(040755);
  }
}
