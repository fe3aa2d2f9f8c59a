package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The kernel's TCP socket tables ({@code /proc/net/tcp} and {@code tcp6}): which loopback ports listen and how many
 * established connections touch a set of ports. Reading them needs no help from the daemons, so the same probe
 * times jbareos and Bacula.
 */
final class ProcNetTcp {
  private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
  private static final String ESTABLISHED = "01";
  private static final String LISTEN = "0A";

  private ProcNetTcp() {}

  /** Established connections with either end on one of the ports (each loopback connection counts twice). */
  static int established(Set<Integer> ports) {
    int count = 0;
    for (Path table : TABLES) {
      for (String[] row : rows(table)) {
        if (row[3].equals(ESTABLISHED) && (ports.contains(port(row[1])) || ports.contains(port(row[2])))) {
          count++;
        }
      }
    }
    return count;
  }

  /** Whether something listens on the port. */
  static boolean listening(int port) {
    for (Path table : TABLES) {
      for (String[] row : rows(table)) {
        if (row[3].equals(LISTEN) && port(row[1]) == port) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String[]> rows(Path table) {
    try {
      return Files.readAllLines(table).stream().skip(1).map(line -> line.strip().split("\\s+"))
          .filter(fields -> fields.length > 3).toList();
    } catch (IOException e) {
      return List.of(); // no IPv6 on this machine
    }
  }

  /** The port of {@code 0100007F:2382} (hexadecimal after the colon). */
  private static int port(String endpoint) {
    return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1), 16);
  }
}
