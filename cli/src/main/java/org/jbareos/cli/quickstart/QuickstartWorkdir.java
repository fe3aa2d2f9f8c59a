package org.jbareos.cli.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Wipes and recreates the quick start's work directory. Each run starts from nothing (fresh ports, passwords,
 * catalog and volumes), but a directory is only wiped when a quick start made it (it holds {@value #MARKER}) or it
 * is empty: a mistyped {@code --workdir} must never delete someone's data.
 */
final class QuickstartWorkdir {

  static final String MARKER = ".jbareos-quickstart";

  private QuickstartWorkdir() {}

  /** Empties {@code workdir} (or creates it) and marks it as a quick start's. */
  static void recreate(Path workdir) throws IOException {
    if (Files.exists(workdir)) {
      if (!Files.isDirectory(workdir)) {
        throw new IOException(workdir + " exists and is not a directory");
      }
      if (!Files.exists(workdir.resolve(MARKER)) && !isEmpty(workdir)) {
        throw new IOException(workdir + " is not empty and was not made by jbareos quickstart; "
            + "choose another --workdir");
      }
      TreeDeletion.delete(workdir);
    }
    Files.createDirectories(workdir);
    Files.writeString(workdir.resolve(MARKER), "Made by jbareos quickstart; wiped by its next run.\n");
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
