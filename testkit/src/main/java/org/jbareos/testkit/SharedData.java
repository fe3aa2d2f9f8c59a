package org.jbareos.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder ({@code ../shared} beside the checkout): the seeds and the conformance kit
 * recorded from real Bareos daemons. Surefire passes its location as the system property {@code jbareos.shared}.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder; fails clearly when it is not beside the project. */
  public static Path root() {
    String configured = System.getProperty("jbareos.shared");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (!Files.isDirectory(root.resolve("conformance"))) {
      root = Path.of("..", "..", "shared");
    }
    if (!Files.isDirectory(root.resolve("conformance"))) {
      throw new IllegalStateException(
          "the shared folder (seeds and conformance kit) is not beside the project; looked at "
              + (configured != null ? configured : "../shared")
              + " (set -Djbareos.shared=<path>)");
    }
    return root.toAbsolutePath().normalize();
  }

  /** A file of the conformance kit, e.g. {@code conformance("backup-full.txt")}. */
  public static Path conformance(String relativePath) {
    return root().resolve("conformance").resolve(relativePath);
  }

  /** A seed document, e.g. {@code seed("002_087de0db70e34b47.txt")}. */
  public static Path seed(String fileName) {
    return root().resolve("seeds").resolve(fileName);
  }
}
