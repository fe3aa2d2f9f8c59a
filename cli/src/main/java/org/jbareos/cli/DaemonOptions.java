package org.jbareos.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jbareos.net.trace.NetworkTrace;
import picocli.CommandLine.Option;

/** The options every daemon command takes, with Bareos's letters ({@code -c -t -f -d}) and jbareos's trace. */
final class DaemonOptions {

  @Option(names = {"-c", "--config"}, paramLabel = "<file or dir>",
      description = "Configuration file, or directory holding <daemon>.conf or <daemon>.d (default: /etc/bareos).")
  Path config;

  @Option(names = {"-t", "--test-config"},
      description = "Check the configuration, print each error as file:line:column: message, and exit"
          + " (0: valid, 1: errors).")
  boolean testConfig;

  @Option(names = {"-f", "--foreground"},
      description = "Run in the foreground (jbareos daemons always do; accepted for Bareos habits).")
  boolean foreground;

  @Option(names = {"-d", "--debug"}, paramLabel = "<level>", description = "Debug level (accepted; logs go to stderr).")
  int debugLevel;

  @Option(names = "--trace", paramLabel = "FILE",
      description = "Write every packet to FILE in the Bareos network dump form.")
  Path trace;

  /** The network trace the options ask for, opened for appending. */
  Optional<NetworkTrace> openTrace() throws IOException {
    return trace == null ? Optional.empty() : Optional.of(NetworkTrace.toFile(trace));
  }

  /** {@code 127.0.0.1:9103, [::1]:9103}: the listen addresses as an administrator writes them. */
  static String describe(java.util.List<org.jbareos.config.value.NetAddress> addresses) {
    return addresses.stream()
        .map(a -> (a.host().contains(":") ? "[" + a.host() + "]" : a.host()) + ":" + a.port())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Blocks until the process is asked to stop (SIGTERM, SIGINT), then closes {@code daemon}. */
  static int runUntilStopped(AutoCloseable daemon, String banner, PrintWriter out) throws InterruptedException {
    out.println(banner);
    out.flush();
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        daemon.close();
      } catch (Exception e) {
        System.err.println("jbareos: error while stopping: " + e.getMessage());
      }
      main.interrupt();
    }));
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
