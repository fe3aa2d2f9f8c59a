package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestCatalogs.class)
class JobRepositoryTest {
  @Parameter TestCatalogs kind;
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
