package org.jbareos.director.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbareos.catalog.RestoreFile;
import org.junit.jupiter.api.Test;

/** {@code N files inserted into the tree}: directories with contents are made by their contents, not counted. */
class RestoreTreeCountTest {

  @Test
  void directoriesWithContentsDoNotCountEmptyOnesDo() {
    List<RestoreFile> versions = List.of(file("/d/docs/", "a.txt"), file("/d/docs/", "b.txt"), file("/d/docs/", ""),
        file("/d/empty/", ""), file("/d/", "top.txt"), file("/d/", ""));
    assertThat(RestoreTreeCount.of(versions)).isEqualTo(4);
  }

  @Test
  void filterFieldsForFileSelection() {
    List<RestoreFile> versions = List.of(file("/d/docs/", "a.txt"), file("/d/docs/", ""), file("/d/", "top.txt"),
        file("/d/documents/", "x"));
    assertThat(RestoreFileFilter.select(versions, List.of("/d/top.txt"), List.of("/d/docs")))
        .containsExactly(versions.get(0), versions.get(1), versions.get(2));
  }

  private static RestoreFile file(String path, String name) {
    return new RestoreFile(path, name, 1, 1, "", 0, "", 0, 0);
  }
}
