package org.jbareos.bench.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;

/**
 * Three free loopback ports for one set of daemons. They are free when picked; a daemon that finds one taken a
 * moment later fails to start with a clear error and the benchmark stops.
 */
record BenchPorts(int director, int fileDaemon, int storage) {

  static BenchPorts pick() throws IOException {
    try (ServerSocket a = open(); ServerSocket b = open(); ServerSocket c = open()) {
      return new BenchPorts(a.getLocalPort(), b.getLocalPort(), c.getLocalPort());
    }
  }

  /** The ports a job's daemon connections go to: the Director's to both daemons and the FD's to the SD. */
  Set<Integer> daemonPorts() {
    return Set.of(fileDaemon, storage);
  }

  private static ServerSocket open() throws IOException {
    return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }
}
