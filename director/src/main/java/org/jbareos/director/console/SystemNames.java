package org.jbareos.director.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * User and group names of this host, as the restore tree's {@code dir} shows them ({@code lib/guid_to_name.cc}:
 * {@code getpwuid}/{@code getgrgid} of the Director's host, the number when the id is unknown), read once from
 * {@code /etc/passwd} and {@code /etc/group}.
 */
final class SystemNames {
  static final SystemNames INSTANCE = new SystemNames(Path.of("/etc/passwd"), Path.of("/etc/group"));

  private final Path passwd;
  private final Path group;
  private Map<Long, String> users;
  private Map<Long, String> groups;

  SystemNames(Path passwd, Path group) {
    this.passwd = passwd;
    this.group = group;
  }

  synchronized String user(long uid) {
    users = users == null ? read(passwd) : users;
    return users.getOrDefault(uid, Long.toString(uid));
  }

  synchronized String group(long gid) {
    groups = groups == null ? read(group) : groups;
    return groups.getOrDefault(gid, Long.toString(gid));
  }

  /** {@code name:x:id:...} lines; the first name of an id wins, as {@code getpwuid} returns it. */
  private static Map<Long, String> read(Path file) {
    Map<Long, String> byId = new HashMap<>();
    if (!Files.isReadable(file)) {
      return byId;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String[] fields = line.split(":");
        if (fields.length >= 3 && fields[2].matches("\\d+")) {
          byId.putIfAbsent(Long.parseLong(fields[2]), fields[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byId;
  }
}
