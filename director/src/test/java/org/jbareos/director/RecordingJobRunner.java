package org.jbareos.director;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.RestoreRequest;

/** A job runner that starts nothing: it records the restores it is asked for and answers JobId 42. */
final class RecordingJobRunner extends JobRunner.Idle {
  private final List<RestoreRequest> restores = new CopyOnWriteArrayList<>();

  List<RestoreRequest> restores() {
    return restores;
  }

  @Override
  public long restore(RestoreRequest request) {
    restores.add(request);
    return 42;
  }
}
