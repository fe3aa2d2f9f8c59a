package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobRepositoryTest {
  /** Against the embedded PostgreSQL. */
  @Nested
  class Embedded extends Contract {
    Embedded() {
      super(TestCatalogs.EMBEDDED);
    }
  }

  /** Against the external PostgreSQL of bin/lib/test-services.sh (skipped without JBAREOS_PG_URL). */
  @Nested
  class External extends Contract {
    External() {
      super(TestCatalogs.EXTERNAL);
    }
  }

  abstract static class Contract {
    final TestCatalogs kind;

    Contract(TestCatalogs kind) {
      this.kind = kind;
    }

    CatalogDatabase catalog;
    JobRepository jobs;

    @BeforeEach
    void open() {
      catalog = kind.catalog();
      jobs = catalog.jobs();
    }

    @Test
    void createdJobIsFoundByIdAndByUniqueName() {
      String name = TestCatalogs.unique("BackupClient1");
      LocalDateTime sched = LocalDateTime.of(2025, 1, 1, 10, 0, 0);
      JobRecord created = jobs.create(new NewJob(name + ".2025-01-01_10.00.00_04", name, JobType.BACKUP,
          JobLevel.FULL, JobStatus.CREATED, sched, 1735725600L, 0, 0, 0, null));

      assertThat(created.jobId()).isPositive();
      assertThat(created.type()).isEqualTo(JobType.BACKUP);
      assertThat(created.level()).isEqualTo(JobLevel.FULL);
      assertThat(created.jobStatus()).isEqualTo(JobStatus.CREATED);
      assertThat(created.schedTime()).isEqualTo(sched);
      assertThat(jobs.findById(created.jobId())).contains(created);
      assertThat(jobs.findByJob(created.job())).contains(created);
      assertThat(jobs.findByName(name)).containsExactly(created);
    }

    @Test
    void jobRowFollowsStartCountersAndEnd() {
      String name = TestCatalogs.unique("BackupClient1");
      ClientRecord client = catalog.clients().findOrCreate(TestCatalogs.unique("fd"), "", false, 0, 0);
      JobRecord created = jobs.create(new NewJob(name + ".1", name, JobType.BACKUP, JobLevel.INCREMENTAL,
          JobStatus.CREATED, null, 0, 0, 0, 0, "nightly"));
      LocalDateTime start = LocalDateTime.of(2025, 2, 1, 23, 5, 0);
      jobs.updateStart(created.jobId(), new JobStart(JobStatus.RUNNING, JobLevel.FULL, start, 1738451100L,
          client.clientId(), 7, 8));
      jobs.updateStatus(created.jobId(), JobStatus.ATTR_INSERTING);
      assertThat(jobs.findById(created.jobId()).orElseThrow().jobStatus()).isEqualTo(JobStatus.ATTR_INSERTING);
      jobs.updateCounters(created.jobId(), 12, 3456);
      JobRecord counted = jobs.findById(created.jobId()).orElseThrow();
      assertThat(counted.jobFiles()).isEqualTo(12);
      assertThat(counted.jobBytes()).isEqualTo(3456);
      jobs.updateEnd(created.jobId(), new JobEnd(JobStatus.TERMINATED, JobLevel.FULL, start.plusMinutes(2),
          start.plusMinutes(3), 13, 4000, 5000, 0, 0, 1, 1735689600L, 0, 0, 0));
      JobRecord ended = jobs.findById(created.jobId()).orElseThrow();
      assertThat(ended.level()).isEqualTo(JobLevel.FULL);
      assertThat(ended.jobStatus()).isEqualTo(JobStatus.TERMINATED);
      assertThat(ended.startTime()).isEqualTo(start);
      assertThat(ended.endTime()).isEqualTo(start.plusMinutes(2));
      assertThat(ended.realEndTime()).isEqualTo(start.plusMinutes(3));
      assertThat(ended.jobTDate()).isEqualTo(1738451100L);
      assertThat(ended.clientId()).isEqualTo(client.clientId());
      assertThat(ended.poolId()).isEqualTo(7);
      assertThat(ended.fileSetId()).isEqualTo(8);
      assertThat(ended.jobFiles()).isEqualTo(13);
      assertThat(ended.readBytes()).isEqualTo(5000);
      assertThat(ended.volSessionTime()).isEqualTo(1735689600L);
      assertThat(ended.comment()).isEqualTo("nightly");
      assertThat(jobs.findByClient(client.clientId())).containsExactly(ended);
    }

    @Test
    void restoreJobKeepsTheSpaceLevel() {
      String name = TestCatalogs.unique("RestoreFiles");
      JobRecord created = jobs.create(new NewJob(name + ".1", name, JobType.RESTORE, JobLevel.NONE,
          JobStatus.CREATED, null, 0, 0, 0, 0, null));
      assertThat(jobs.findById(created.jobId()).orElseThrow().level()).isEqualTo(JobLevel.NONE);
    }

    @Test
    void failedTransactionLeavesNoJob() {
      String name = TestCatalogs.unique("Broken");
      assertThatThrownBy(() -> catalog.useTransaction(() -> {
        jobs.create(new NewJob(name + ".1", name, JobType.BACKUP, JobLevel.FULL, JobStatus.CREATED, null, 0, 0, 0, 0, null));
        throw new IllegalStateException("the FD went away");
      })).isInstanceOf(IllegalStateException.class);
      assertThat(jobs.findByName(name)).isEmpty();
    }

    @Test
    void updatingAMissingJobIsReported() {
      assertThatThrownBy(() -> jobs.updateStatus(Integer.MAX_VALUE, JobStatus.RUNNING))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
    }
  }
}
