package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PoolAndMediaRepositoryTest {
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
    PoolRecord pool;
    String mediaType;

    @BeforeEach
    void open() {
      catalog = kind.catalog();
      String name = TestCatalogs.unique("Full");
      pool = catalog.pools().create(PoolRecord.backupPool(name, name + "-", 3, 31536000));
      mediaType = TestCatalogs.unique("File");
    }

    @Test
    void poolIsFoundByNameAndId() {
      assertThat(pool.poolId()).isPositive();
      assertThat(pool.poolType()).isEqualTo("Backup");
      assertThat(catalog.pools().findByName(pool.name())).contains(pool);
      assertThat(catalog.pools().findById(pool.poolId())).contains(pool);
      assertThat(catalog.pools().list()).contains(pool);
    }

    @Test
    void newVolumesAreNamedFromTheLabelFormatUntilMaxVols() {
      MediaRecord first = catalog.media().createNextVolume(pool.poolId(), mediaType, 0).orElseThrow();
      assertThat(first.volumeName()).isEqualTo(pool.labelFormat() + String.format("%04d", first.mediaId()));
      assertThat(first.volStatus()).as("Bareos 26's SetPoolDbrDefaultsInMediaDbr").isEqualTo("Unlabeled");
      assertThat(first.volRetention()).isEqualTo(31536000);
      assertThat(first.recycle()).isEqualTo(1);
      MediaRecord second = catalog.media().createNextVolume(pool.poolId(), mediaType, 0).orElseThrow();
      MediaRecord third = catalog.media().createNextVolume(pool.poolId(), mediaType, 0).orElseThrow();
      assertThat(second.mediaId()).isGreaterThan(first.mediaId());
      assertThat(third.mediaId()).isGreaterThan(second.mediaId());
      // MaxVols = 3
      assertThat(catalog.media().createNextVolume(pool.poolId(), mediaType, 0)).isEmpty();
      assertThat(catalog.pools().findById(pool.poolId()).orElseThrow().numVols()).isEqualTo(3);
      assertThat(catalog.pools().updateNumVols(pool.poolId())).isEqualTo(3);
      assertThat(catalog.media().listByPool(pool.poolId())).containsExactly(first, second, third);
    }

    @Test
    void labelFormatWithVariablesIsLeftToTheDirector() {
      PoolRecord dated = catalog.pools().create(PoolRecord.backupPool(TestCatalogs.unique("Dated"), "Vol-${Year}-", 0, 0));
      assertThatThrownBy(() -> catalog.media().createNextVolume(dated.poolId(), mediaType, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${Year}");
      PoolRecord manual = catalog.pools().create(PoolRecord.backupPool(TestCatalogs.unique("Manual"), "*", 0, 0));
      assertThat(catalog.media().createNextVolume(manual.poolId(), mediaType, 0)).isEmpty();
    }

    @Test
    void appendableVolumeIsTheMostRecentlyWrittenNotUnwantedOne() {
      MediaRecord older = volume("Append");
      MediaRecord newer = volume("Append");
      MediaRecord unwritten = volume("Append");
      volume("Full");
      setLastWritten(older, LocalDateTime.of(2025, 1, 1, 10, 0));
      setLastWritten(newer, LocalDateTime.of(2025, 1, 2, 10, 0));

      assertThat(catalog.media().findAppendable(pool.poolId(), mediaType, Set.of()).orElseThrow().mediaId())
          .isEqualTo(newer.mediaId());
      assertThat(catalog.media().findAppendable(pool.poolId(), mediaType, Set.of(newer.volumeName())).orElseThrow().mediaId())
          .isEqualTo(older.mediaId());
      assertThat(catalog.media().findAppendable(pool.poolId(), mediaType, Set.of(newer.volumeName(), older.volumeName()))
          .orElseThrow().mediaId()).isEqualTo(unwritten.mediaId());
      assertThat(catalog.media().findAppendable(pool.poolId(), mediaType,
          Set.of(newer.volumeName(), older.volumeName(), unwritten.volumeName()))).isEmpty();
      assertThat(catalog.media().findAppendable(pool.poolId(), "OtherType", Set.of())).isEmpty();
    }

    @Test
    void recyclingTakesTheOldestRecyclableVolume() {
      MediaRecord oldest = volume("Purged");
      MediaRecord younger = volume("Purged");
      setLastWritten(oldest, LocalDateTime.of(2024, 1, 1, 0, 0));
      setLastWritten(younger, LocalDateTime.of(2024, 6, 1, 0, 0));
      assertThat(catalog.media().findNextVolume(pool.poolId(), mediaType, "Purged", OptionalLong.empty(), List.of())
          .orElseThrow().mediaId()).isEqualTo(oldest.mediaId());
      StorageRecord changer = catalog.storages().findOrCreate(TestCatalogs.unique("Autochanger"), true);
      assertThat(catalog.media().findNextVolume(pool.poolId(), mediaType, "Purged", OptionalLong.of(changer.storageId()),
          List.of())).isEmpty();
    }

    @Test
    void storageDaemonUpdateFollowsTheDirectorsCatreqRules() {
      MediaRecord volume = volume("Append");
      LocalDateTime jobStart = LocalDateTime.of(2025, 3, 1, 12, 0, 0);
      long endTime = jobStart.plusMinutes(5).atZone(ZoneId.systemDefault()).toEpochSecond();
      StorageRecord storage = catalog.storages().findOrCreate(TestCatalogs.unique("File"), false);

      MediaRecord labelled = catalog.media().updateFromStorage(new VolumeUpdate(volume.volumeName(), 1, 0, 10, 64512, 1,
          0, 1, 0, endTime, "Append", 0, true, 0, 0, 1200, 0), jobStart, OptionalLong.of(storage.storageId())).orElseThrow();
      assertThat(labelled.firstWritten()).isEqualTo(jobStart);
      assertThat(labelled.labelDate()).isEqualTo(jobStart);
      assertThat(labelled.initialWrite()).isEqualTo(jobStart);
      assertThat(labelled.lastWritten()).isEqualTo(jobStart.plusMinutes(5));
      assertThat(labelled.volBlocks()).isEqualTo(10);
      assertThat(labelled.volBytes()).isEqualTo(64512);
      assertThat(labelled.storageId()).isEqualTo(storage.storageId());

      // a later update with smaller counters does not move them back (catreq.cc sanity checks)
      MediaRecord later = catalog.media().updateFromStorage(new VolumeUpdate(volume.volumeName(), 2, 0, 5, 100, 1, 0, 1,
          0, 0, "Full", 0, false, 0, 0, 1300, 0), jobStart.plusDays(1), OptionalLong.empty()).orElseThrow();
      assertThat(later.volBlocks()).isEqualTo(10);
      assertThat(later.volBytes()).isEqualTo(64512);
      assertThat(later.volJobs()).isEqualTo(2);
      assertThat(later.volStatus()).isEqualTo("Full");
      assertThat(later.labelDate()).isEqualTo(jobStart);
      assertThat(later.lastWritten()).isEqualTo(jobStart.plusMinutes(5));

      assertThat(catalog.media().updateFromStorage(new VolumeUpdate("NoSuchVolume-" + volume.volumeName(), 0, 0, 0, 0, 0,
          0, 0, 0, 0, "Append", 0, false, 0, 0, 0, 0), jobStart, OptionalLong.empty())).isEmpty();
    }

    @Test
    void volumeStatusOutsideBareosListIsRejected() {
      assertThatThrownBy(() -> volume("Bogus")).isInstanceOf(RuntimeException.class);
      catalog.media().updateStatus(volume("Append").volumeName(), "Used");
    }

    private MediaRecord volume(String status) {
      return catalog.media().create(NewMedia.fromPool(pool, TestCatalogs.unique("Vol"), mediaType, status, 0));
    }

    private void setLastWritten(MediaRecord m, LocalDateTime t) {
      catalog.transactions().inTransaction(h -> h.createUpdate("UPDATE Media SET LastWritten = :t WHERE MediaId = :id")
          .bind("t", t).bind("id", m.mediaId()).execute());
    }
  }
}
