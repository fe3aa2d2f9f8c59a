package org.jbareos.protocol.attributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * User and group names of this host for the {@code ls}-style lines of an encoded stat (the restore tree's {@code
 * dir}, bls): {@code getpwuid}/{@code getgrgid} as {@code lib/guid_to_name.cc} calls them, the number when the id is
 * unknown. Read once, on first use, from files in passwd/group format ({@code name:x:id:...}).
 */
public final class SystemNames {
  private static final SystemNames SYSTEM = new SystemNames(Path.of("/etc/passwd"), Path.of("/etc/group"));

  private final Path passwd;
  private final Path group;
  private Map<Long, String> users; // guarded by this
  private Map<Long, String> groups; // guarded by this

  /** The names of {@code passwd} and {@code group} files. */
  public SystemNames(Path passwd, Path group) {
    this.passwd = passwd;
    this.group = group;
  }

  /** This host's names: {@code /etc/passwd} and {@code /etc/group}. */
  public static SystemNames system() {
    return SYSTEM;
  }

  /** The user name of {@code uid}, or the number. */
  public synchronized String user(long uid) {
    users = users == null ? read(passwd) : users;
    return users.getOrDefault(uid, Long.toString(uid));
  }

  /** The group name of {@code gid}, or the number. */
  public synchronized String group(long gid) {
    groups = groups == null ? read(group) : groups;
    return groups.getOrDefault(gid, Long.toString(gid));
  }

  /** The first name of an id wins, as {@code getpwuid} returns it; an unreadable file knows no names. */
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
