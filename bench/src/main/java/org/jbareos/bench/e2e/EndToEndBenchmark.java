package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end-to-end benchmark (issue 4): backs up and restores two data sets with jbareos's three daemons and with
 * Bacula 9.6's, next to {@code tar cf} / {@code tar xf} of the same data on the same disk in the same run, so that
 * every figure can be read as a ratio from one run. Run it with {@code bench/run-e2e} (options there).
 */
public final class EndToEndBenchmark {
  private static final int MIB = 1024 * 1024;

  private final E2eOptions options;
  private final Report report = new Report();

  private EndToEndBenchmark(E2eOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.println(E2eOptions.USAGE);
      return;
    }
    E2eOptions options;
    try {
      options = E2eOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("run-e2e: " + e.getMessage());
      System.err.println(E2eOptions.USAGE);
      System.exit(2);
      return;
    }
    new EndToEndBenchmark(options).run();
  }

  private void run() throws Exception {
    Path work = options.workdir();
    RestoredTree.delete(work);
    Files.createDirectories(work);
    log("work directory " + work + (options.smoke() ? " (smoke: tiny data sets)" : ""));
    List<Dataset> datasets = createDatasets(work.resolve("data"));

    List<BackupSystem> systems = new ArrayList<>();
    try {
      log("starting jbareos's daemons" + (options.tlsPsk() ? " (TLS-PSK)" : " (cleartext)"));
      JbareosSystem jbareos = JbareosSystem.start(options.projectRoot(), work.resolve("jbareos"), datasets,
          options.tlsPsk(), options.flightRecording(), options.trace());
      systems.add(jbareos);
      BaculaSystem bacula = null;
      if (options.bacula()) {
        if (!BaculaSystem.installed()) {
          throw new IOException("Bacula 9.6 is not installed (as root: " + BaculaSystem.INSTALL
              + "), or pass --no-bacula");
        }
        log("starting Bacula's daemons");
        bacula = BaculaSystem.start(work.resolve("bacula"), datasets);
        systems.add(bacula);
      }
      for (Dataset dataset : datasets) {
        if (options.only().isPresent() && !options.only().get().equals(dataset.name())) {
          continue;
        }
        for (int round = 1; round <= options.repeat(); round++) {
          Path roundDir = work.resolve("round-" + round);
          measureTar(dataset, roundDir.resolve("tar"));
          for (BackupSystem system : systems) {
            measure(system, dataset, roundDir.resolve("restore"));
          }
        }
      }
      measureListJobs(jbareos);
      if (bacula != null) {
        report.note(String.format(Locale.ROOT, "Bacula's wall times include starting bconsole and its login: %.1f ms"
            + " (median of 5).", bacula.consoleOverheadNanos() / 1e6));
      }
      for (BackupSystem system : systems) {
        for (DaemonProcess.Memory memory : system.memory()) {
          report.note(String.format(Locale.ROOT, "Peak memory of %s: resident %d MiB%s", memory.daemon(),
              memory.peakRssMiB(), memory.heap().map(h -> String.format(Locale.ROOT,
                  ", heap used %d MiB, heap committed %d MiB (%d collections)", h.usedMiB(), h.committedMiB(),
                  h.collections())).orElse("")));
        }
      }
    } finally {
      for (BackupSystem system : systems.reversed()) {
        system.close();
      }
    }
    System.out.println();
    System.out.printf("## End-to-end benchmark, %s%n", Instant.now());
    System.out.printf("java %s, %d cores, repeat %d, best run shown%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), options.repeat());
    report.print(System.out);
    if (!options.keep()) {
      RestoredTree.delete(work);
    }
  }

  private List<Dataset> createDatasets(Path data) throws IOException {
    long start = System.nanoTime();
    Dataset large = options.smoke() ? Dataset.largeFiles("large", data.resolve("large"), 4, MIB)
        : Dataset.largeFiles("large", data.resolve("large"), 4, 256L * MIB);
    Dataset small = options.smoke() ? Dataset.smallFiles("small", data.resolve("small"), 5, 20)
        : Dataset.smallFiles("small", data.resolve("small"), 500, 100);
    log(String.format(Locale.ROOT, "data sets made in %.1f s: %s (%d files, %d bytes), %s (%d files, %d bytes)",
        (System.nanoTime() - start) / 1e9, large.name(), large.files(), large.bytes(), small.name(), small.files(),
        small.bytes()));
    return List.of(large, small);
  }

  private void measureTar(Dataset dataset, Path tarDir) throws IOException, InterruptedException {
    Files.createDirectories(tarDir);
    Path archive = tarDir.resolve(dataset.name() + ".tar");
    DiskSettle.sync();
    Timed create = Tar.create(dataset, archive);
    report.add(Sample.tar(dataset, "backup", create));
    Path extracted = tarDir.resolve("extract-" + dataset.name());
    DiskSettle.sync();
    Timed extract = Tar.extract(dataset, archive, extracted);
    report.add(Sample.tar(dataset, "restore", extract));
    RestoredTree.check(dataset, extracted.resolve(dataset.root().getFileName().toString()));
    log(dataset.name() + ": tar cf " + create.describe() + "; tar xf " + extract.describe());
    Files.delete(archive);
  }

  /** Restored trees stay until the end: deleting 50,000 files slows the next file creations on this disk. */
  private void measure(BackupSystem system, Dataset dataset, Path restoreRoot) throws Exception {
    DiskSettle.sync();
    JobTiming backup = system.backup(dataset);
    report.add(Sample.job(system.name(), dataset, "backup", backup));
    log(dataset.name() + ": " + system.name() + " backup JobId " + backup.jobId() + ": " + describe(backup, dataset));
    Path where = restoreRoot.resolve(system.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + dataset.name());
    DiskSettle.sync();
    JobTiming restore = system.restore(dataset, backup.jobId(), where);
    report.add(Sample.job(system.name(), dataset, "restore", restore));
    log(dataset.name() + ": " + system.name() + " restore JobId " + restore.jobId() + ": "
        + describe(restore, dataset));
    RestoredTree.check(dataset, RestoredTree.under(where, dataset));
  }

  private static String describe(JobTiming timing, Dataset dataset) {
    ConnectionWatch.Window window = timing.window();
    return "wall " + Timed.of(timing.wallNanos(), dataset).describe() + "; span "
        + (window.seen() ? Timed.of(window.spanNanos(), dataset).describe() : "not seen") + "; run to first"
        + " connection " + (window.seen() ? String.format(Locale.ROOT, "%.0f ms", window.toFirstConnectionNanos()
            / 1e6) : "-");
  }

  private void measureListJobs(JbareosSystem jbareos) throws IOException {
    long[] nanos = jbareos.listJobsLatencies(options.jsonCalls());
    report.note(String.format(Locale.ROOT, "jbareos `list jobs` over `.api 2` (DirectorConsoleJson, %d calls on one"
        + " connection after 20 untimed): median %.2f ms, p95 %.2f ms, max %.2f ms.", nanos.length,
        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6));
  }

  private static void log(String line) {
    System.err.printf("[%s] %s%n", Instant.now().toString().substring(11, 19), line);
  }
}
