package org.jbareos.volume;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the golden volumes recorded from Bareos 26 ({@code jbareos.shared}/conformance/volumes). */
final class GoldenVolumes {
  static final String[] NAMES = {"Full-0001", "Incr-0002", "Copy-0003"};

  private GoldenVolumes() {}

  static Path dir() {
    String shared = System.getProperty("jbareos.shared");
    if (shared == null) {
      throw new IllegalStateException("system property jbareos.shared is not set (Surefire sets it)");
    }
    Path dir = Path.of(shared, "conformance", "volumes");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("golden volumes not found at " + dir);
    }
    return dir;
  }

  static Path volume(String name) {
    return dir().resolve(name);
  }
}
