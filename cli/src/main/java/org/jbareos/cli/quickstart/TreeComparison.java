package org.jbareos.cli.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a restored tree with its source, entry by entry: type, content (byte for byte), permission bits, owner,
 * modification time (to the second: the attribute stream carries whole seconds, PROTOCOL.md's stat encoding) and
 * symlink targets. Directories are compared too, so a missing empty directory is a difference. Files that are hard
 * links of each other in the source must be hard links of each other in the restore (Bareos saves the data once and
 * restores the other names as links). Symlinks are never followed; their own modification time is not compared, as
 * not every platform can set it.
 */
public final class TreeComparison {

  private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /** How the trees compared: how many entries were checked and every difference found. */
  public record Result(int entries, List<String> differences) {
    public Result {
      differences = List.copyOf(differences);
    }

    public boolean identical() {
      return differences.isEmpty();
    }
  }

  private TreeComparison() {}

  public static Result compare(Path source, Path restored) throws IOException {
    if (!Files.isDirectory(restored, NO_FOLLOW)) {
      return new Result(0, List.of("nothing was restored: " + restored + " is not a directory"));
    }
    TreeSet<String> names = new TreeSet<>();
    names.addAll(relativeNames(source));
    names.addAll(relativeNames(restored));
    return compareNames(source, restored, names);
  }

  /**
   * Compares only the named entries (relative to both roots), as for a restore of selected files: each must be in
   * the restore and equal to its source; what else the restore holds is not looked at.
   */
  public static Result compareEntries(Path source, Path restored, Collection<String> names) throws IOException {
    return compareNames(source, restored, new TreeSet<>(names));
  }

  private static Result compareNames(Path source, Path restored, TreeSet<String> names) throws IOException {
    List<String> differences = new ArrayList<>();
    for (String name : names) {
      Path original = name.isEmpty() ? source : source.resolve(name);
      Path copy = name.isEmpty() ? restored : restored.resolve(name);
      String shown = name.isEmpty() ? "." : name;
      boolean inSource = Files.exists(original, NO_FOLLOW);
      boolean inRestore = Files.exists(copy, NO_FOLLOW);
      if (!inRestore) {
        differences.add(shown + ": missing from the restore");
      } else if (!inSource) {
        differences.add(shown + ": restored but not in the source");
      } else {
        compareEntry(shown, original, copy, differences);
      }
    }
    compareHardLinks(source, restored, names, differences);
    return new Result(names.size(), differences);
  }

  /** Names sharing an inode in the source (hard links) must share one in the restore. */
  private static void compareHardLinks(Path source, Path restored, TreeSet<String> names, List<String> differences)
      throws IOException {
    Map<Object, List<String>> groups = new LinkedHashMap<>();
    for (String name : names) {
      Path original = source.resolve(name);
      if (!name.isEmpty() && Files.isRegularFile(original, NO_FOLLOW)
          && (Integer) Files.getAttribute(original, "unix:nlink", NO_FOLLOW) > 1) {
        groups.computeIfAbsent(Files.getAttribute(original, "unix:ino", NO_FOLLOW), ino -> new ArrayList<>())
            .add(name);
      }
    }
    for (List<String> group : groups.values()) {
      List<Object> inodes = new ArrayList<>();
      for (String name : group) {
        Path copy = restored.resolve(name);
        if (Files.isRegularFile(copy, NO_FOLLOW)) {
          inodes.add(Files.getAttribute(copy, "unix:ino", NO_FOLLOW));
        }
      }
      if (inodes.stream().distinct().count() > 1) {
        differences.add(String.join(", ", group) + ": hard links of one file restored as separate files");
      }
    }
  }

  private static void compareEntry(String name, Path original, Path copy, List<String> differences)
      throws IOException {
    Map<String, Object> a = Files.readAttributes(original, "unix:mode,uid,gid,lastModifiedTime,size", NO_FOLLOW);
    Map<String, Object> b = Files.readAttributes(copy, "unix:mode,uid,gid,lastModifiedTime,size", NO_FOLLOW);
    String typeA = type(original);
    String typeB = type(copy);
    if (!typeA.equals(typeB)) {
      differences.add(name + ": type " + typeA + " restored as " + typeB);
      return;
    }
    int modeA = (Integer) a.get("mode");
    int modeB = (Integer) b.get("mode");
    if (modeA != modeB) {
      differences.add(name + ": mode " + Integer.toOctalString(modeA) + " restored as " + Integer.toOctalString(modeB));
    }
    if (!a.get("uid").equals(b.get("uid")) || !a.get("gid").equals(b.get("gid"))) {
      differences.add(name + ": owner " + a.get("uid") + ":" + a.get("gid") + " restored as " + b.get("uid") + ":"
          + b.get("gid"));
    }
    switch (typeA) {
      case "symlink" -> {
        Path targetA = Files.readSymbolicLink(original);
        Path targetB = Files.readSymbolicLink(copy);
        if (!targetA.equals(targetB)) {
          differences.add(name + ": link target " + targetA + " restored as " + targetB);
        }
        return;
      }
      case "file" -> {
        if (!Objects.equals(a.get("size"), b.get("size"))) {
          differences.add(name + ": size " + a.get("size") + " restored as " + b.get("size"));
        } else if (!sameContent(original, copy)) {
          differences.add(name + ": content differs");
        }
      }
      default -> { }
    }
    long secondsA = ((FileTime) a.get("lastModifiedTime")).toInstant().getEpochSecond();
    long secondsB = ((FileTime) b.get("lastModifiedTime")).toInstant().getEpochSecond();
    if (secondsA != secondsB) {
      differences.add(name + ": mtime " + a.get("lastModifiedTime") + " restored as " + b.get("lastModifiedTime"));
    }
  }

  private static String type(Path path) {
    if (Files.isSymbolicLink(path)) {
      return "symlink";
    }
    if (Files.isDirectory(path, NO_FOLLOW)) {
      return "directory";
    }
    if (Files.isRegularFile(path, NO_FOLLOW)) {
      return "file";
    }
    return "special file";
  }

  private static boolean sameContent(Path a, Path b) throws IOException {
    byte[] bufferA = new byte[1 << 16];
    byte[] bufferB = new byte[1 << 16];
    try (InputStream inA = Files.newInputStream(a); InputStream inB = Files.newInputStream(b)) {
      while (true) {
        int readA = inA.readNBytes(bufferA, 0, bufferA.length);
        int readB = inB.readNBytes(bufferB, 0, bufferB.length);
        if (readA != readB || !Arrays.equals(bufferA, 0, readA, bufferB, 0, readB)) {
          return false;
        }
        if (readA == 0) {
          return true;
        }
      }
    }
  }

  /** Every entry below {@code root} as a relative path, plus {@code ""} for the root itself. */
  private static List<String> relativeNames(Path root) throws IOException {
    if (!Files.isDirectory(root, NO_FOLLOW)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).toList();
    }
  }
}
