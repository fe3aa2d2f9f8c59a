package org.jbareos.filedaemon.walk;

import java.nio.file.Path;
import java.util.List;
import org.jbareos.protocol.fileset.FileSet;

/** FileSets for tests, as the Director would send them. */
public final class WalkTestFileSets {

  private WalkTestFileSets() {}

  /** The kit's FileSet (backup-full.txt: {@code O MHAX}, {@code F /srv/bareos-test/data}) re-rooted. */
  public static FileSet kit(Path root) throws Exception {
    return KitDataSetWalkTest.kitFileSet(root);
  }

  /** One Include block with one Options block and File items. */
  public static FileSet include(String letters, List<FileSet.OptionItem> items, Path... files) {
    return new FileSet(
        List.of(new FileSet.Block(List.of(), List.of(new FileSet.Options(letters, items)),
            java.util.Arrays.stream(files).map(Path::toString).toList(), List.of())),
        List.of());
  }
}
