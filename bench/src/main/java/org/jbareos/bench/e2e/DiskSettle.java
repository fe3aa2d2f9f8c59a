package org.jbareos.bench.e2e;

import java.io.IOException;

/**
 * Before each timed step, {@code sync}: the dirty pages of the step before (a 1 GiB volume, a restored tree) are
 * written out then, not during the next step, so every step starts from the same disk state.
 */
final class DiskSettle {
  private DiskSettle() {}

  static void sync() throws IOException, InterruptedException {
    Process sync = new ProcessBuilder("sync").inheritIO().start();
    if (sync.waitFor() != 0) {
      throw new IOException("sync failed");
    }
  }
}
