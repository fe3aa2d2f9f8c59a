package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Clients, filesets, storages, JobMedia, the job log and counters. */
class CatalogResourcesRepositoryTest {
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

    @BeforeEach
    void open() {
      catalog = kind.catalog();
    }

    @Test
    void clientIsCreatedOnceAndItsUnameUpdated() {
      String name = TestCatalogs.unique("client1-fd");
      ClientRecord created = catalog.clients().findOrCreate(name, "24.0.0 (01Jan24) Linux", true, 60, 120);
      ClientRecord again = catalog.clients().findOrCreate(name, "other", false, 1, 2);
      assertThat(again).isEqualTo(created);
      catalog.clients().updateUname(created.clientId(), "25.0.0 (01Jan25) Linux");
      assertThat(catalog.clients().findById(created.clientId()).orElseThrow().uname()).isEqualTo("25.0.0 (01Jan25) Linux");
      assertThat(catalog.clients().findByName(name + "-missing")).isEmpty();
    }

    @Test
    void fileSetGetsANewRowWhenItsMd5Changes() {
      String name = TestCatalogs.unique("LinuxAll");
      LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
      FileSetRecord v1 = catalog.fileSets().findOrCreate(name, "md5one", "Include { File = / }", t);
      assertThat(catalog.fileSets().findOrCreate(name, "md5one", "ignored", t.plusDays(1))).isEqualTo(v1);
      FileSetRecord v2 = catalog.fileSets().findOrCreate(name, "md5two", "Include { File = /etc }", t.plusDays(2));
      assertThat(v2.fileSetId()).isNotEqualTo(v1.fileSetId());
      assertThat(catalog.fileSets().findByName(name)).containsExactly(v1, v2);
      assertThat(catalog.fileSets().findById(v2.fileSetId())).contains(v2);
    }

    @Test
    void storageAndMediaTypeAreCreatedOnce() {
      String name = TestCatalogs.unique("File");
      StorageRecord s = catalog.storages().findOrCreate(name, false);
      assertThat(catalog.storages().findOrCreate(name, true)).isEqualTo(s);
      assertThat(catalog.storages().findByName(name)).contains(s);
      long type = catalog.storages().mediaTypeId(name);
      assertThat(catalog.storages().mediaTypeId(name)).isEqualTo(type);
    }

    /** Jobs that start together find or create the same rows: one Pool, Storage, MediaType and FileSet each. */
    @Test
    void concurrentFindOrCreateMakesOneRowEach() throws Exception {
      String pool = TestCatalogs.unique("Full");
      String storage = TestCatalogs.unique("File");
      String fileSet = TestCatalogs.unique("Set");
      LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
      int jobs = 8;
      CyclicBarrier together = new CyclicBarrier(jobs);
      List<Callable<List<Long>>> starts = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        starts.add(() -> {
          together.await();
          return List.of(catalog.pools().findOrCreate(PoolRecord.backupPool(pool, pool + "-", 0, 0)).poolId(),
              catalog.storages().findOrCreate(storage, false).storageId(), catalog.storages().mediaTypeId(storage),
              catalog.fileSets().findOrCreate(fileSet, "md5", "Include { File = / }", t).fileSetId());
        });
      }
      ExecutorService threads = Executors.newFixedThreadPool(jobs);
      try {
        Set<List<Long>> ids = new HashSet<>();
        for (Future<List<Long>> started : threads.invokeAll(starts)) {
          ids.add(started.get());
        }
        assertThat(ids).hasSize(1);
      } finally {
        threads.shutdownNow();
      }
      assertThat(catalog.pools().list()).filteredOn(p -> p.name().equals(pool)).hasSize(1);
      assertThat(catalog.fileSets().findByName(fileSet)).hasSize(1);
    }

    @Test
    void jobMediaCountsVolIndexAndMovesTheVolumeEnd() {
      PoolRecord pool = catalog.pools().create(PoolRecord.backupPool(TestCatalogs.unique("P"), "X", 0, 0));
      MediaRecord vol = catalog.media().create(NewMedia.fromPool(pool, TestCatalogs.unique("V"), "File", "Append", 0));
      long jobId = newJob();
      JobMediaRecord first = catalog.jobMedia().create(jobId, vol.mediaId(), 1, 10, 0, 0, 215, 64727, 64512);
      JobMediaRecord second = catalog.jobMedia().create(jobId, vol.mediaId(), 10, 20, 0, 1, 64727, 12, 1000);
      catalog.jobMedia().create(jobId, vol.mediaId(), 0, 0, 1, 1, 12, 12, 0);
      assertThat(first.volIndex()).isEqualTo(1);
      assertThat(second.volIndex()).isEqualTo(2);
      assertThat(catalog.jobMedia().deleteNullRecords(jobId)).isEqualTo(1);
      assertThat(catalog.jobMedia().listForJob(jobId)).containsExactly(first, second);
      MediaRecord after = catalog.media().findById(vol.mediaId()).orElseThrow();
      assertThat(after.endFile()).isEqualTo(1);
      assertThat(after.endBlock()).isEqualTo(12);
    }

    @Test
    void jobLogKeepsMessagesInOrder() {
      long jobId = newJob();
      LocalDateTime t = LocalDateTime.of(2025, 1, 1, 10, 0, 0);
      catalog.log().append(jobId, t, "bareos-dir JobId " + jobId + ": Start Backup JobId\n");
      catalog.log().append(jobId, t.plusSeconds(1), "bareos-sd JobId " + jobId + ": Wrote label to prelabeled Volume\n");
      assertThat(catalog.log().listForJob(jobId)).extracting(LogRecord::logText).containsExactly(
          "bareos-dir JobId " + jobId + ": Start Backup JobId\n",
          "bareos-sd JobId " + jobId + ": Wrote label to prelabeled Volume\n");
    }

    @Test
    void counterWrapsFromMaxToMin() {
      String name = TestCatalogs.unique("VolCounter");
      CounterRecord c = catalog.counters().findOrCreate(new CounterRecord(name, 1, 3, 2, ""));
      assertThat(catalog.counters().findOrCreate(new CounterRecord(name, 9, 9, 9, ""))).isEqualTo(c);
      assertThat(catalog.counters().next(name)).isEqualTo(2);
      assertThat(catalog.counters().next(name)).isEqualTo(3);
      assertThat(catalog.counters().next(name)).isEqualTo(1);
      assertThat(catalog.counters().find(name).orElseThrow().currentValue()).isEqualTo(2);
      assertThatThrownBy(() -> catalog.counters().next(name + "-missing")).isInstanceOf(IllegalArgumentException.class);
    }

    private long newJob() {
      String name = TestCatalogs.unique("Job");
      return catalog.jobs().create(new NewJob(name + ".1", name, org.jbareos.protocol.JobType.BACKUP,
          org.jbareos.protocol.JobLevel.FULL, org.jbareos.protocol.JobStatus.RUNNING, null, 0, 0, 0, 0, null)).jobId();
    }
  }
}
