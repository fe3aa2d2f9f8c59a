package org.jbareos.storage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
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

  /**
   * Sends one Director command on a connection of its own and returns the SD's one answer line; checks that the
   * answer ends with EOD and that the session ends when the Director hangs up.
   */
  public String askOnce(String command) throws Exception {
    try (LoopbackPair dir = LoopbackPair.open()) {
      CompletableFuture<Void> session = serveDirector(dir.storageSide());
      dir.peerSide().send(command);
      Packet answer = dir.peerSide().receive(Duration.ofSeconds(30));
      Packet end = dir.peerSide().receive(Duration.ofSeconds(30));
      if (!end.equals(new Packet.SignalPacket(Signal.EOD))) {
        throw new AssertionError("expected EOD after the answer, got " + end);
      }
      dir.peerSide().close();
      session.get(30, TimeUnit.SECONDS);
      return new String(((Packet.Message) answer).payload(), StandardCharsets.UTF_8);
    }
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
