package org.jbareos.director.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.protocol.bootstrap.BsrRange;
import org.jbareos.protocol.fileset.FileSetLines;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The small formats of the job engine, each against the kit's recorded text or Bareos's source. */
class JobReportFormatsTest {

  @Test
  void uniqueJobNamesHaveTheTimeAndATwoDigitSequence() {
    UniqueJobName names = new UniqueJobName();
    LocalDateTime time = LocalDateTime.of(2026, 11, 22, 2, 9, 8);
    assertThat(names.next("backup-bareos-fd", time)).isEqualTo("backup-bareos-fd.2026-11-22_02.09.08_00");
    assertThat(names.next("my job", time)).isEqualTo("my_job.2026-11-22_02.09.08_01");
    for (int i = 2; i < 100; i++) {
      names.next("x", time);
    }
    assertThat(names.next("x", time)).endsWith("_00");
  }

  @Test
  void summaryNumbersAreFormattedAsInTheKitsBconsoleOutput() {
    assertThat(JobSummary.bytes(307276)).isEqualTo("307,276 (307.2 KB)");
    assertThat(JobSummary.bytes(308506)).isEqualTo("308,506 (308.5 KB)");
    assertThat(JobSummary.bytes(309445)).isEqualTo("309,445 (309.4 KB)");
    assertThat(JobSummary.rate(307276, Duration.ofSeconds(1))).isEqualTo("307.3 KB/s");
    assertThat(JobSummary.rate(307276, Duration.ofSeconds(2))).isEqualTo("153.6 KB/s");
    assertThat(JobSummary.elapsed(Duration.ofSeconds(1))).isEqualTo("1 sec");
    assertThat(JobSummary.elapsed(Duration.ofSeconds(2))).isEqualTo("2 secs");
    assertThat(JobSummary.elapsed(Duration.ofSeconds(3663))).isEqualTo("1 hour 1 min 3 secs");
    assertThat(JobSummary.time(LocalDateTime.of(2026, 11, 22, 2, 9, 8))).isEqualTo("22-Nov-2026 02:09:08");
    assertThat(new JobSummary("bareos-dir", "26.0.0").line("JobId", 1).line("Termination", "Backup OK").text())
        .isEqualTo("Bareos bareos-dir 26.0.0:\n  JobId:                  1\n  Termination:            Backup OK\n\n");
  }

  @Test
  void bootstrapFileIndexesBecomeRanges() {
    assertThat(BootstrapBuilder.ranges(new int[] {0, 1, 2, 3, 5, 7, 8, 9}, 1, 7))
        .containsExactly(new BsrRange(1, 3), BsrRange.of(5), new BsrRange(7, 8));
    assertThat(WriteBootstrap.address(1, 205)).isEqualTo((1L << 32) | 205);
    assertThat(WriteBootstrap.expand("/var/lib/bareos/%c-%n-%i.bsr%%", "bareos-fd", "j.1", "backup", 7, "Full"))
        .isEqualTo("/var/lib/bareos/bareos-fd-backup-7.bsr%");
  }

  @Test
  void theKitsFileSetHasTheRecordedLinesAndDigest() throws Exception {
    DirectorConfig config = DirectorConfig.load(SharedData.conformance("config"));
    FileSetWire wire = FileSetWire.of(config.fileSet("TestSet").orElseThrow());
    assertThat(wire.md5()).as("FileSetMD5 of backup-full.txt").isEqualTo("F8+e/0+9Ki+qby/R8H+UIA");
    assertThat(FileSetLines.format(wire.fileSet()))
        .containsExactly("I\n", "O MHAX\n", "N\n", "F /srv/bareos-test/data", "N\n", "N\n");
    assertThat(wire.vss()).isTrue();
  }

  @Test
  void consoleLevelWordsAreBareosLevels() {
    assertThat(EngineJobRunner.level("full")).hasToString("FULL");
    assertThat(EngineJobRunner.level("Incremental")).hasToString("INCREMENTAL");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EngineJobRunner.level("weekly"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekly");
  }
}
