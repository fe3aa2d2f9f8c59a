package org.jbareos.storage;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.BareosConnection;
import org.jbareos.storage.job.DirectorSession;
import org.jbareos.storage.job.JobServices;

/**
 * Our Storage Daemon's job side running on virtual threads: a {@link DirectorSession} on an accepted connection, and
 * the hand-over of a File Daemon connection to its job as the connection layer does after CRAM-MD5.
 */
public final class StorageDaemonRun implements AutoCloseable {
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final JobServices services;

  public StorageDaemonRun(JobServices services) {
    this.services = services;
  }

  /** Serves a Director connection until its session ends. */
  public CompletableFuture<Void> serveDirector(BareosConnection director) {
    return CompletableFuture.runAsync(() -> {
      try {
        new DirectorSession(director, services).run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, threads);
  }

  /** Waits until {@code job} is registered, then hands it the File Daemon connection. */
  public void attachWhenRegistered(String job, BareosConnection fileDaemon) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (services.jobs().find(job).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job " + job + " was never registered");
      }
      Thread.sleep(5);
    }
    services.jobs().attachFileDaemon(job, fileDaemon);
  }

  public <T> CompletableFuture<T> async(java.util.concurrent.Callable<T> task) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return task.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, threads);
  }

  @Override
  public void close() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
  }
}
