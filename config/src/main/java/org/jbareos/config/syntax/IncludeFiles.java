package org.jbareos.config.syntax;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files an {@code @include} names. Bareos passes the name to {@code glob(3)}
 * ({@code lex.cc:lex_open_file}): a pattern with wildcards that matches nothing includes nothing,
 * a plain name that does not exist is an error, and matches are read in sorted order.
 */
final class IncludeFiles {

  private IncludeFiles() {}

  static boolean hasWildcard(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0;
  }

  /**
   * True if a wildcard matched a name with a leading dot, which {@code glob(3)} never does
   * unless the pattern itself has the dot there.
   */
  private static boolean hiddenMatch(Path match, Path pattern) {
    for (int i = 0; i < match.getNameCount(); i++) {
      if (match.getName(i).toString().startsWith(".")
          && !pattern.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The files matching {@code pattern}. A relative pattern is taken relative to the directory of
   * the including file. (Bareos opens it relative to the daemon's working directory, which makes
   * relative includes fragile; every Bareos example uses absolute paths, which behave the same.)
   */
  static List<Path> resolve(String pattern, Path includingFile) throws IOException {
    Path base = includingFile.toAbsolutePath().getParent();
    Path path = base == null ? Path.of(pattern) : base.resolve(pattern);
    if (!hasWildcard(pattern)) {
      return List.of(path);
    }
    Path root = path.getRoot() == null ? Path.of("") : path.getRoot();
    int depth = 0;
    boolean wild = false;
    for (Path segment : path.subpath(0, path.getNameCount())) {
      if (!wild && hasWildcard(segment.toString())) {
        wild = true;
      }
      if (wild) {
        depth++;
      } else {
        root = root.resolve(segment);
      }
    }
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    String glob = path.toString().replace("\\", "\\\\");
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> matches = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, depth)) {
      walk.filter(p -> p.getNameCount() == path.getNameCount())
          .filter(matcher::matches)
          .filter(p -> !hiddenMatch(p, path))
          .filter(Files::isRegularFile)
          .forEach(matches::add);
    }
    matches.sort(null);
    return matches;
  }
}
