package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.director.job.ResourceOverrides;
import org.jbareos.director.job.RunningJob;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many File Daemons waiting on one Director (issue 5, BENCHMARKS.md): {@link ScaleFileDaemons} runs real File Daemons
 * in another JVM that all dial this Director over loopback (TLS-PSK, hello, CRAM-MD5); once every one waits in the
 * pool, Full backups run on a sample of them. It reports the Director's heap per waiting connection (after GC, with
 * minus without the connections) and the time until all were accepted.
 *
 * <p>The default run uses {@value #DEFAULT_CLIENTS} File Daemons; {@code -Djbareos.scale=true} uses {@value
 * #FULL_CLIENTS} and checks the targets (under 64 KiB per connection, all within 60 s); {@code
 * -Djbareos.scale.clients=N} any other count; {@code -Djbareos.scale.histogram=FILE} writes the JVM's class histogram
 * with the connections up. The figures go to stdout and {@code target/client-connection-scale.txt}.
 */
class ClientConnectionScaleTest {
  static final int DEFAULT_CLIENTS = 50;
  static final int FULL_CLIENTS = 2000;
  private static final boolean FULL = Boolean.getBoolean("jbareos.scale");
  private static final int CLIENTS = Integer.getInteger("jbareos.scale.clients", FULL ? FULL_CLIENTS : DEFAULT_CLIENTS);
  /** Backups run one after the other; the default run keeps to one to stay short. */
  private static final int SAMPLE = FULL ? 3 : 1;
  private static final Duration ACCEPT_TARGET = Duration.ofSeconds(60);
  private static final long HEAP_TARGET_PER_CONNECTION = 64 * 1024;

  @TempDir Path directory;

  @Test
  void manyFileDaemonsWaitOnOneDirectorAndJobsRunOnASample() throws Exception {
    // the File Daemons' JVM holds a socket and a listener per FD, and inherits this JVM's limit
    if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean os) {
      assertThat(os.getMaxFileDescriptorCount()).as("open file limit (ulimit -n) for " + CLIENTS
          + " File Daemons: raise it").isGreaterThan(2L * CLIENTS + 1000);
    }
    KitSite site = KitSite.clientInitiated(directory.resolve("site")).withDirectorFile("client/scale.conf",
        scaleClients());
    Files.createDirectories(site.data());
    Files.writeString(site.data().resolve("a.txt"), "one of many\n");
    try (ClientInitiatedDirector dir = new ClientInitiatedDirector(site, directory, UnaryOperator.identity())) {
      assertThat(dir.pool.waiting()).isEmpty();
      long before = heapAfterGc();

      long started = System.nanoTime();
      Process fds = startFileDaemons(dir.port());
      try {
        Duration acceptAll = awaitAll(dir, fds, started);
        long after = heapAfterGc();
        long perConnection = (after - before) / CLIENTS;
        if (System.getProperty("jbareos.scale.histogram") != null) {
          Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
          new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
              .redirectOutput(new java.io.File(System.getProperty("jbareos.scale.histogram"))).start().waitFor();
        }

        List<String> sampled = List.of(ScaleFileDaemons.name(0), ScaleFileDaemons.name(CLIENTS / 2),
            ScaleFileDaemons.name(CLIENTS - 1)).subList(0, SAMPLE);
        // one after the other: concurrent jobs that label a new volume on the same device race (see the report)
        for (String client : sampled) {
          RunningJob job = dir.engine.start(new JobRequest.Backup("backup-bareos-fd", Optional.of(JobLevel.FULL),
              new ResourceOverrides(Optional.of(client), Optional.empty(), Optional.empty(), Optional.empty()),
              "User"));
          JobResult result = job.await(Duration.ofSeconds(120));
          String log = String.join("", result.log());
          assertThat(result.status()).as(log).isEqualTo(JobStatus.TERMINATED);
          assertThat(log).contains("Using Client Initiated Connection (" + job.client().orElseThrow() + ").");
        }

        String figures = "%d File Daemons (TLS-PSK) waiting on one Director: all accepted %.1f s after their JVM"
            + " started; Director heap %d KiB with, %d KiB without them after GC: %.1f KiB per waiting connection;"
            + " %d Full backups on a sample OK%n";
        String report = figures.formatted(CLIENTS, acceptAll.toMillis() / 1000.0, after / 1024, before / 1024,
            perConnection / 1024.0, SAMPLE);
        System.out.print(report);
        Files.writeString(Path.of("target", "client-connection-scale.txt"), report);
        if (FULL) {
          assertThat(acceptAll).as(report).isLessThan(ACCEPT_TARGET);
          assertThat(perConnection).as(report).isLessThan(HEAP_TARGET_PER_CONNECTION);
        }
      } finally {
        fds.getOutputStream().close();
        if (!fds.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          fds.destroyForcibly();
        }
      }
    }
  }

  /** One Client resource per simulated FD: TLS-PSK (Bareos's default), dialling in only. */
  private static String scaleClients() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < CLIENTS; i++) {
      text.append("""
          Client {
            Name = %s
            Address = 127.0.0.1
            Password = "fd-secret"
            Connection From Client To Director = yes
            Connection From Director To Client = no
          }
          """.formatted(ScaleFileDaemons.name(i)));
    }
    return text.toString();
  }

  private Process startFileDaemons(int directorPort) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        ScaleFileDaemons.class.getName(), Integer.toString(directorPort), Integer.toString(CLIENTS),
        directory.resolve("fds").toString());
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(directory.resolve("fds.log").toFile()).start();
  }

  /** Waits until the pool holds every FD; returns the time since {@code started}. */
  private Duration awaitAll(ClientInitiatedDirector dir, Process fds, long started) throws Exception {
    long deadline = started + Duration.ofMinutes(3).toNanos();
    while (dir.pool.waiting().size() < CLIENTS) {
      if (!fds.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(dir.pool.waiting().size() + " of " + CLIENTS + " File Daemons connected; their log:\n"
            + tail(directory.resolve("fds.log")));
      }
      Thread.sleep(100);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private static String tail(Path log) throws IOException {
    String text = Files.exists(log) ? Files.readString(log) : "(no log)";
    return text.length() > 5000 ? text.substring(text.length() - 5000) : text;
  }

  /** Heap in use after full collections (G1 runs a full GC on System.gc()). */
  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
