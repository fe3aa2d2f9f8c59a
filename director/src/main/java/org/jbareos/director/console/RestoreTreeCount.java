package org.jbareos.director.console;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbareos.catalog.RestoreFile;

/**
 * The number Bareos prints as {@code N files inserted into the tree}: the tree's new nodes ({@code dird/ua_tree.cc
 * InsertTreeHandler}, {@code FileCount}). A directory's own row comes after its contents (the FD sends a directory
 * once it has walked it), and by then inserting the contents has already made the directory's node, so it does not
 * count; only a directory with nothing below it does. That is why restore.bconsole-out.txt says {@code 9 files
 * inserted into the tree} for JobId 1's 11 rows (two of them directories with contents) and then {@code 11 files
 * selected to be restored}.
 */
final class RestoreTreeCount {
  private RestoreTreeCount() {}

  static long of(List<RestoreFile> versions) {
    Set<String> madeByContents = new HashSet<>();
    for (RestoreFile f : versions) {
      String container = f.name().isEmpty() ? parentOf(f.path()) : f.path();
      for (int slash = container.indexOf('/'); slash >= 0; slash = container.indexOf('/', slash + 1)) {
        madeByContents.add(container.substring(0, slash + 1));
      }
    }
    return versions.stream().filter(f -> !f.name().isEmpty() || !madeByContents.contains(f.path())).count();
  }

  /** {@code /a/b/} of {@code /a/b/c/}. */
  private static String parentOf(String directory) {
    int slash = directory.lastIndexOf('/', directory.length() - 2);
    return slash < 0 ? "" : directory.substring(0, slash + 1);
  }
}
