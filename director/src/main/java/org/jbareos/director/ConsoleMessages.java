package org.jbareos.director;

import java.util.ArrayList;
import java.util.List;

/**
 * Job and daemon messages waiting for a console ({@code console = all} of a Messages resource; Bareos keeps them in
 * its console message queue, {@code console_msg_pending}). A console learns of them by {@code You have messages.} or
 * {@code BNET_MSGS_PENDING} and reads them with {@code messages}.
 */
public final class ConsoleMessages {
  private final List<String> pending = new ArrayList<>();

  /** Queues a message text (one or more lines, newline-terminated as Bareos formats them). */
  public synchronized void add(String message) {
    pending.add(message);
  }

  public synchronized boolean hasPending() {
    return !pending.isEmpty();
  }

  /** Takes every waiting message, oldest first. */
  public synchronized List<String> takeAll() {
    List<String> all = new ArrayList<>(pending);
    pending.clear();
    return all;
  }
}
