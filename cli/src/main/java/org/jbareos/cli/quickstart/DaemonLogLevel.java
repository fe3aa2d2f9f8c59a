package org.jbareos.cli.quickstart;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the daemons' informational log lines ({@code Director bareos-dir listening on ...}) and the embedded
 * PostgreSQL's "no SLF4J provider" notice out of the quick start's output: its progress lines already say what they
 * would, and interleaved on a terminal they break the one-line-per-step picture. Warnings and errors still show.
 */
final class DaemonLogLevel {

  /** Held so the configured level is not lost when the logger is garbage collected (JUL keeps loggers weakly). */
  private static final Logger JBAREOS = Logger.getLogger("org.jbareos");

  private DaemonLogLevel() {}

  /** Warnings and worse only, for this JVM (a quick start runs alone in its JVM, or in a test). */
  static void warningsOnly() {
    JBAREOS.setLevel(Level.WARNING);
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }
}
