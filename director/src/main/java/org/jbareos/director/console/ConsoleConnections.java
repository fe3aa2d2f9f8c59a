package org.jbareos.director.console;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The consoles connected right now, by the time they connected: {@code status director} lists each as {@code
 * Console connected at <time>} under {@code Running Jobs} (a console is a control job with JobId 0, {@code
 * ListRunningJobs}).
 */
public final class ConsoleConnections {
  private final List<LocalDateTime> connected = new ArrayList<>();

  synchronized void connected(LocalDateTime at) {
    connected.add(at);
  }

  synchronized void disconnected(LocalDateTime at) {
    connected.remove(at);
  }

  /** The connect times, oldest first. */
  public synchronized List<LocalDateTime> connectTimes() {
    return List.copyOf(connected);
  }
}
