package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The migrated schema has Bareos's tables, version and status texts, so Bareos's own SQL runs on it. */
class CatalogSchemaTest {
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
    void hasEveryBareosTable() {
      List<String> tables = catalog.transactions().inTransaction(h -> h.createQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
          .mapTo(String.class).list());
      assertThat(tables).contains("job", "jobhisto", "file", "path", "media", "pool", "client", "fileset", "jobmedia",
          "log", "storage", "mediatype", "device", "counters", "version", "basefiles", "restoreobject",
          "pathvisibility", "pathhierarchy", "location", "locationlog", "status", "unsavedfiles", "cdimages", "quota",
          "ndmplevelmap", "ndmpjobenvironment", "devicestats", "jobstats", "tapealerts");
    }

    @Test
    void versionIsBareosCatalogVersion2250() {
      List<Integer> versions = catalog.transactions().inTransaction(h ->
          h.createQuery("SELECT VersionId FROM Version").mapTo(Integer.class).list());
      assertThat(versions).containsExactly(2250);
    }

    @Test
    void statusTableHoldsEveryJobStatusWithBareosText() {
      Map<String, String> status = catalog.transactions().inTransaction(h -> h.createQuery(
          "SELECT JobStatus, JobStatusLong FROM Status")
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list())
          .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      assertThat(status).hasSize(JobStatus.values().length);
      for (JobStatus s : JobStatus.values()) {
        assertThat(status).containsEntry(String.valueOf(s.code()), s.meaning());
      }
    }

    @Test
    void decodeLstatReadsBareosBase64Numbers() {
      // st_dev "P0A" = 15<<12 | 52<<6, st_mode "IGk" = 0100644 (a regular file, rw-r--r--), st_size "Ak" = 36
      Map<String, Object> stat = catalog.transactions().inTransaction(h -> h.createQuery(
          "SELECT st_dev, st_mode, st_size, st_mtime FROM decode_lstat("
              + "'P0A CAAA IGk B A A A Ak BAA I BnXyYk BnXyYk BnXyYk A A C')").mapToMap().one());
      assertThat(stat).containsEntry("st_dev", 64768L).containsEntry("st_mode", 33188L).containsEntry("st_size", 36L)
          .containsEntry("st_mtime", 1734288932L);
      Long negative = catalog.transactions().inTransaction(h ->
          h.createQuery("SELECT bareos_frombase64('-Ak')").mapTo(Long.class).one());
      assertThat(negative).isEqualTo(-36L);
      Map<String, Object> onlySize = catalog.transactions().inTransaction(h -> h.createQuery(
          "SELECT st_mode, st_size FROM decode_lstat('P0A CAAA IGk B A A A Ak', ARRAY['st_size'])").mapToMap().one());
      assertThat(onlySize).containsEntry("st_mode", null).containsEntry("st_size", 36L);
    }

    @Test
    void bareosStyleMixedCaseSqlRuns() {
      // cats/dml/0006_list_jobs style: unquoted mixed-case identifiers fold to our lower-case names
      Long count = catalog.transactions().inTransaction(h -> h.createQuery(
          "SELECT count(*) FROM Job LEFT JOIN Client ON Client.ClientId = Job.ClientId"
              + " LEFT JOIN FileSet ON FileSet.FileSetId = Job.FileSetId WHERE Job.JobStatus IN ('T','W')")
          .mapTo(Long.class).one());
      assertThat(count).isNotNegative();
    }
  }
}
