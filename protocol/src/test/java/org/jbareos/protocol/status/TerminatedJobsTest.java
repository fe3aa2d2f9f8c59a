package org.jbareos.protocol.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.junit.jupiter.api.Test;

/** The FD's and SD's terminated jobs table ({@code filed/status.cc}, {@code stored/status.cc ListTerminatedJobs}). */
class TerminatedJobsTest {
  private static final LocalDateTime END = LocalDateTime.of(2026, 11, 22, 2, 9, 11);

  @Test
  void noJobsGiveTheTitleAndTheEnd() {
    assertThat(new TerminatedJobs().table(70, false)).containsExactly("\nTerminated Jobs:\n", "====\n");
  }

  /** The same columns as {@code status director} in backup-full.bconsole-out.txt. */
  @Test
  void rowsAsBareosPrintsThem() {
    TerminatedJobs jobs = new TerminatedJobs();
    jobs.add(new TerminatedJobs.Job(1, "backup-bareos-fd.2026-11-22_02.09.08_03", JobType.BACKUP, JobLevel.FULL,
        11, 307_276, JobStatus.TERMINATED, END));
    jobs.add(new TerminatedJobs.Job(3, "RestoreFiles.2026-11-22_02.09.39_07", JobType.RESTORE, JobLevel.NONE, 11,
        307_276, JobStatus.WARNINGS, END));
    jobs.add(new TerminatedJobs.Job(4, "verify-volume.2026-11-22_02.09.50_09", JobType.VERIFY,
        JobLevel.VOLUME_TO_CATALOG, 0, 0, JobStatus.CANCELED, END));
    assertThat(jobs.table(67, true)).containsExactly("\nTerminated Jobs:\n",
        " JobId  Level    Files      Bytes   Status   Finished        Name \n", "=".repeat(67) + "\n",
        "     1  Full         11    307.2 K  OK       22-Nov-26 02:09 backup-bareos-fd\n",
        "     3               11    307.2 K  OK -- with warnings  22-Nov-26 02:09 RestoreFiles\n",
        "     4  Volu          0         0   Cancel   22-Nov-26 02:09 verify-volume\n",
        "====\n");
    assertThat(jobs.table(70, false).get(4)).contains("  Other    22-Nov-26");
  }

  @Test
  void keepsTheLastTen() {
    TerminatedJobs jobs = new TerminatedJobs();
    for (int id = 1; id <= 12; id++) {
      jobs.add(new TerminatedJobs.Job(id, "job.2026-11-22_02.09.08_03", JobType.BACKUP, JobLevel.FULL, 0, 0,
          JobStatus.TERMINATED, END));
    }
    assertThat(jobs.all()).hasSize(10).first().extracting(TerminatedJobs.Job::jobId).isEqualTo(3L);
  }
}
