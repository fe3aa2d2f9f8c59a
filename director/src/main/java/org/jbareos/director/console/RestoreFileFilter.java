package org.jbareos.director.console;

import java.util.List;
import org.jbareos.catalog.RestoreFile;

/**
 * {@code file=<path>} and {@code directory=<dir>} of {@code restore}: which of the selected file versions they name.
 * A file is named by its full name (the catalog's path, which ends in {@code /}, and name); a directory selects
 * itself (its catalog row is its path with an empty name) and everything below it, as Bareos's {@code
 * uar_jobid_fileindex_from_dir} does with {@code Path.Path LIKE '<dir>/%'}.
 */
final class RestoreFileFilter {
  private RestoreFileFilter() {}

  /** The versions {@code fileNames} or {@code directories} name, in the selection's order. */
  static List<RestoreFile> select(List<RestoreFile> versions, List<String> fileNames, List<String> directories) {
    List<String> below = directories.stream().map(d -> d.endsWith("/") ? d : d + "/").toList();
    return versions.stream()
        .filter(f -> fileNames.contains(f.path() + f.name()) || below.stream().anyMatch(f.path()::startsWith))
        .toList();
  }
}
