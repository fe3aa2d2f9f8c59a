package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Checks a restore (every file of the data set back with the same bytes) and removes trees between runs. */
final class RestoredTree {
  private RestoredTree() {}

  /** Throws unless every regular file of the data set is under {@code restored} with the same content. */
  static void check(Dataset dataset, Path restored) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataset.root())) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    if (files.size() != dataset.files()) {
      throw new IOException("the data set " + dataset.root() + " changed: " + files.size() + " files");
    }
    for (Path file : files) {
      Path copy = restored.resolve(dataset.root().relativize(file).toString());
      if (!Files.isRegularFile(copy)) {
        throw new IOException("restore incomplete: " + copy + " is missing");
      }
      if (Files.mismatch(file, copy) != -1) {
        throw new IOException("restore differs: " + copy + " is not " + file);
      }
    }
  }

  /** The restored copy of the data set: Bareos and Bacula put the full source path under {@code where}. */
  static Path under(Path where, Dataset dataset) {
    return where.resolve(dataset.root().toAbsolutePath().toString().substring(1));
  }

  static void delete(Path tree) throws IOException {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(tree)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
