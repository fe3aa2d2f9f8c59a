package org.jbareos.bench.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.catalog.ClientRecord;
import org.jbareos.catalog.FileAttributes;
import org.jbareos.catalog.FileBatch;
import org.jbareos.catalog.FileSetRecord;
import org.jbareos.catalog.JobEnd;
import org.jbareos.catalog.JobRecord;
import org.jbareos.catalog.JobStart;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.catalog.NewJob;
import org.jbareos.catalog.NewMedia;
import org.jbareos.catalog.PoolRecord;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * Measures the two catalog operations whose cost grows with the number of files, on the embedded PostgreSQL:
 *
 * <ul>
 *   <li>batch insert of file records ({@code COPY} into the batch table, then Path and File), target at least
 *       100,000 files/s;
 *   <li>the restore selection (latest version of every file across Full + Incrementals) for a Full of 1,000,000
 *       files, target under 5 s.
 * </ul>
 *
 * <p>Not a timed test: run it by hand, {@code java -cp "bench/target/classes:bench/target/lib/*"
 * org.jbareos.bench.catalog.CatalogBenchmark [files] [working directory]}; without a working directory it uses a
 * temporary one and deletes it afterwards. A warm-up batch of 100,000 files runs first so the JIT has compiled the
 * encoder. Files are spread over directories of 100 files, with lstat and digest strings of Bareos's usual length.
 */
public final class CatalogBenchmark {
  private static final String LSTAT = "P0A CAAA IGk B A A A Ak BAA I BnXyYk BnXyYk BnXyYk A A C";
  private static final int FILES_PER_DIRECTORY = 100;

  private CatalogBenchmark() {}

  public static void main(String[] args) throws IOException {
    System.out.printf("load average before the run: %.2f%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean temporary = args.length <= 1;
    Path workingDirectory = temporary ? Files.createTempDirectory("jbareos-catalog-bench") : Path.of(args[1]);
    System.out.printf("catalog benchmark: %,d files, %d cores, Java %s, working directory %s%n", files,
        Runtime.getRuntime().availableProcessors(), Runtime.version(), workingDirectory);

    long t0 = System.nanoTime();
    try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(workingDirectory, 0))) {
      System.out.printf("embedded catalog up at %s in %.1f s%n", catalog.endpoint(), seconds(System.nanoTime() - t0));
      History history = new History(catalog);
      ProcessCpuClock cpu = ProcessCpuClock.forDataDirectory(workingDirectory.resolve("catalog-db"));

      JobRecord warmUp = history.job(JobLevel.FULL, LocalDateTime.of(2024, 12, 1, 21, 0), "warmup");
      insert(catalog, warmUp, 100_000, "/warmup/", 1);

      JobRecord full = history.job(JobLevel.FULL, LocalDateTime.of(2025, 1, 1, 21, 0), "data");
      double server = cpu.serverSeconds();
      double client = ProcessCpuClock.jvmSeconds();
      double seconds = insert(catalog, full, files, "/data/", 1);
      server = cpu.serverSeconds() - server;
      client = ProcessCpuClock.jvmSeconds() - client;
      System.out.printf(Locale.ROOT,
          "batch insert: %,d files in %.2f s = %,.0f files/s (target >= 100,000); CPU: server %.2f s, JVM %.2f s"
              + " = %,.0f files per CPU second%n",
          files, seconds, files / seconds, server, client, files / (server + client));

      // two Incrementals that change 5 % of the files each, so the selection has to pick versions
      JobRecord inc1 = history.job(JobLevel.INCREMENTAL, LocalDateTime.of(2025, 1, 2, 21, 0), "data");
      insert(catalog, inc1, files / 20, "/data/", 3);
      JobRecord inc2 = history.job(JobLevel.INCREMENTAL, LocalDateTime.of(2025, 1, 3, 21, 0), "data");
      insert(catalog, inc2, files / 20, "/data/", 7);
      catalog.transactions().inTransaction(h -> h.execute("ANALYZE file; ANALYZE path; ANALYZE job"));

      List<Long> jobIds = catalog.restore().jobIds(history.client.clientId(), history.fileSet.fileSet(),
          LocalDateTime.of(2025, 1, 4, 0, 0));
      for (int run = 1; run <= 3; run++) {
        double serverBefore = cpu.serverSeconds();
        double clientBefore = ProcessCpuClock.jvmSeconds();
        long start = System.nanoTime();
        long[] fromIncrementals = {0};
        long selected = catalog.restore().forEachFile(jobIds, f -> {
          if (f.jobId() != full.jobId()) {
            fromIncrementals[0]++;
          }
        });
        double wall = seconds(System.nanoTime() - start);
        System.out.printf(Locale.ROOT,
            "restore selection run %d: jobs %s, %,d files (%,d from Incrementals) in %.2f s (target < 5 s);"
                + " CPU: server %.2f s, JVM %.2f s%n", run, jobIds, selected, fromIncrementals[0], wall,
            cpu.serverSeconds() - serverBefore, ProcessCpuClock.jvmSeconds() - clientBefore);
      }
    }
    if (temporary) {
      // a million-file catalog takes about a gigabyte
      try (var paths = Files.walk(workingDirectory)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Inserts {@code count} files; with {@code stride} > 1 it rewrites every stride-th file of the Full's names. */
  private static double insert(CatalogDatabase catalog, JobRecord job, int count, String root, int stride) {
    long start = System.nanoTime();
    try (FileBatch batch = catalog.files().openBatch()) {
      for (int i = 0; i < count; i++) {
        int n = i * stride;
        String directory = root + "d" + (n / FILES_PER_DIRECTORY) + "/";
        String name = "file-" + n + ".dat";
        batch.add(FileAttributes.of(job.jobId(), i + 1, directory, name, LSTAT, "f2ca1bb6c7e907d06dafe4687e579fce"));
      }
      batch.commit();
    }
    return seconds(System.nanoTime() - start);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** The client, fileset, pool and volume the benchmark's jobs belong to. */
  private static final class History {
    final CatalogDatabase catalog;
    final ClientRecord client;
    final FileSetRecord fileSet;
    final PoolRecord pool;
    final MediaRecord volume;

    History(CatalogDatabase catalog) {
      this.catalog = catalog;
      String suffix = Long.toHexString(System.nanoTime());
      client = catalog.clients().findOrCreate("bench-fd-" + suffix, "bench", false, 0, 0);
      fileSet = catalog.fileSets().findOrCreate("BenchSet-" + suffix, "md5", "", LocalDateTime.now());
      pool = catalog.pools().create(PoolRecord.backupPool("Bench-" + suffix, "Bench-" + suffix + "-", 0, 0));
      volume = catalog.media().create(NewMedia.fromPool(pool, "Bench-" + suffix, "File", "Append", 0));
    }

    JobRecord job(JobLevel level, LocalDateTime start, String tag) {
      long jobTDate = start.atZone(ZoneId.systemDefault()).toEpochSecond();
      String name = "Bench-" + tag;
      JobRecord job = catalog.jobs().create(new NewJob(name + "." + start, name, JobType.BACKUP, level,
          JobStatus.CREATED, start, 0, client.clientId(), pool.poolId(), fileSet.fileSetId(), null));
      catalog.jobs().updateStart(job.jobId(), new JobStart(JobStatus.RUNNING, level, start, jobTDate,
          client.clientId(), pool.poolId(), fileSet.fileSetId()));
      catalog.jobMedia().create(job.jobId(), volume.mediaId(), 1, 1, 0, 0, 0, 0, 0);
      catalog.jobs().updateEnd(job.jobId(), new JobEnd(JobStatus.TERMINATED, level, start.plusHours(1),
          start.plusHours(1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
      return job;
    }
  }
}
