package org.jbareos.director;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;

/**
 * One embedded catalog with the recording's rows ({@link RecordedCatalog#seed}) for every test class of this JVM
 * that only reads it: starting PostgreSQL once keeps the module's tests short. It is stopped when the JVM ends.
 */
final class SharedRecordedCatalog {
  private static CatalogDatabase catalog;

  private SharedRecordedCatalog() {}

  static synchronized CatalogDatabase get() {
    if (catalog == null) {
      try {
        Path workingDirectory = Files.createTempDirectory("jbareos-director-test");
        CatalogDatabase opened = CatalogDatabase.open(new CatalogSettings.Embedded(workingDirectory, 0));
        new RecordedCatalog().seed(opened);
        Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "close shared test catalog"));
        catalog = opened;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return catalog;
  }
}
