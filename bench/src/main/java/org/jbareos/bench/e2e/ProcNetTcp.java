package org.jbareos.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

  /**
   * The tables (IPv4, IPv6) where one of the ports listens: reading a table costs about 5 ms of kernel time on this
   * machine (the kernel walks its whole connection hash), so a poll reads only those.
   */
  static List<Path> tablesListeningOn(Set<Integer> ports) {
    List<Path> tables = TABLES.stream().filter(table -> rows(table).stream()
        .anyMatch(row -> row[3].equals(LISTEN) && ports.contains(port(row[1])))).toList();
    return tables.isEmpty() ? TABLES : tables;
  }

  /**
   * Established connections with either end on one of the ports (each loopback connection counts twice), in the
   * given tables.
   */
  static int established(List<Path> tables, Set<Integer> ports) {
    int count = 0;
    for (Path table : tables) {
      for (String[] row : rows(table)) {
        if (row[3].equals(ESTABLISHED) && (ports.contains(port(row[1])) || ports.contains(port(row[2])))) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Whether the process listens on the port: a listening socket on it is one of the process's open files (another
   * program may have taken a port picked as free a moment earlier).
   */
  static boolean listening(long pid, int port) {
    for (Path table : TABLES) {
      for (String[] row : rows(table)) {
        if (row.length > 9 && row[3].equals(LISTEN) && port(row[1]) == port && ownsSocket(pid, row[9])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean ownsSocket(long pid, String inode) {
    String socket = "socket:[" + inode + "]";
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      return fds.anyMatch(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().equals(socket);
        } catch (IOException e) {
          return false; // closed meanwhile
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
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
