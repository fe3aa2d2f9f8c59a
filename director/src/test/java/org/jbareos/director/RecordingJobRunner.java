package org.jbareos.director;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.RestoreRequest;
import org.jbareos.director.console.RunRequest;
import org.jbareos.protocol.JobStatus;

/** A job runner that starts nothing: it records the restores it is asked for and answers JobId 42. */
final class RecordingJobRunner implements JobRunner {
  private final List<RestoreRequest> restores = new CopyOnWriteArrayList<>();

  List<RestoreRequest> restores() {
    return restores;
  }

  @Override
  public long run(RunRequest request) {
    return 0;
  }

  @Override
  public long restore(RestoreRequest request) {
    restores.add(request);
    return 42;
  }

  @Override
  public boolean isRunning(long jobId) {
    return false;
  }

  @Override
  public boolean anyRunning() {
    return false;
  }

  @Override
  public Optional<JobStatus> finalStatus(long jobId) {
    return Optional.empty();
  }
}
