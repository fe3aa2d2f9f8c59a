package org.jbareos.director.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jbareos.config.dir.StorageResource;

/**
 * A job's connection to its Storage Daemon (connect, hello, authentication), opened on a virtual thread while the job
 * does its catalog work first: a restore of many files builds its bootstrap meanwhile. {@link #await} hands the
 * session over, or throws the connect's own failure, where the job connected before, so the job's messages and their
 * order stay as they were; {@link #discard} closes it when the job ends before it needed it.
 */
final class StorageConnectAhead {
  private final CompletableFuture<StorageDaemonSession> session = new CompletableFuture<>();
  private final StorageResource storage;
  private final Thread thread;
  private boolean handedOver;

  private StorageConnectAhead(JobEngineSettings settings, StorageResource storage, String jobName) {
    this.storage = storage;
    this.thread = Thread.ofVirtual().name("SD connect " + jobName).start(() -> {
      try {
        session.complete(StorageDaemonSession.connect(settings, storage));
      } catch (JobFailure | RuntimeException | Error e) {
        session.completeExceptionally(e);
      }
    });
  }

  /** Starts connecting to {@code storage}. */
  static StorageConnectAhead start(JobEngineSettings settings, StorageResource storage, String jobName) {
    return new StorageConnectAhead(settings, storage, jobName);
  }

  /** The session once connected and greeted; the connect's failure as {@link StorageDaemonSession#connect} has it. */
  StorageDaemonSession await() throws JobFailure {
    try {
      StorageDaemonSession connected = session.get();
      handedOver = true;
      return connected;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discard();
      throw JobFailure.fatal("Failed to connect to Storage daemon " + storage.name() + " at " + storage.address()
          + ":" + storage.port() + ": interrupted", e);
    } catch (ExecutionException e) {
      handedOver = true;
      if (e.getCause() instanceof JobFailure failure) {
        throw failure;
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw (Error) e.getCause();
    }
  }

  /** Closes the connection if it was not handed over: now if it is open, else as soon as it opens. */
  void discard() {
    if (handedOver) {
      return;
    }
    handedOver = true;
    thread.interrupt();
    session.thenAccept(StorageDaemonSession::close);
  }
}
