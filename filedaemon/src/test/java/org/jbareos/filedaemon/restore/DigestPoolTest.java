package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jbareos.filedaemon.backup.JdkDigests;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.junit.jupiter.api.Test;

/** Each file's chunks are digested in order, files in parallel, with a bounded queue; every mismatch is reported. */
class DigestPoolTest {

  @Test
  void interleavedFilesAreEachDigestedInOrderAndOnlyTheChangedOneIsAMismatch() {
    Random random = new Random(4);
    int files = 20;
    List<byte[]> wholes = new ArrayList<>();
    // a queue of 1 KiB for chunks of up to 700 bytes: update() must wait for the pool, not fail or lose chunks
    try (DigestPool pool = new DigestPool(2, 1024)) {
      List<DigestPool.FileDigest> digests = new ArrayList<>();
      for (int f = 0; f < files; f++) {
        digests.add(pool.start(f % 2 == 0 ? DigestAlgorithm.MD5 : DigestAlgorithm.SHA256));
        wholes.add(new byte[0]);
      }
      for (int round = 0; round < 50; round++) {
        for (int f = 0; f < files; f++) {
          byte[] chunk = new byte[random.nextInt(700)];
          random.nextBytes(chunk);
          byte[] framed = new byte[chunk.length + 6];
          System.arraycopy(chunk, 0, framed, 3, chunk.length);
          digests.get(f).update(framed, 3, chunk.length);
          wholes.set(f, concat(wholes.get(f), chunk));
        }
      }
      for (int f = 0; f < files; f++) {
        byte[] expected = JdkDigests.create(digests.get(f).algorithm()).digest(wholes.get(f));
        if (f == 7) {
          expected[0] ^= 1;
        }
        digests.get(f).verify(Path.of("/restore/file" + f), expected);
      }
      pool.awaitAll();
      List<DigestPool.Mismatch> mismatches = new ArrayList<>();
      pool.drainMismatches(mismatches::add);

      assertThat(mismatches).singleElement().satisfies(m -> {
        assertThat(m.output()).isEqualTo(Path.of("/restore/file7"));
        assertThat(m.restored().algorithm()).isEqualTo(DigestAlgorithm.SHA256);
        assertThat(m.restored().value()).isEqualTo(sha256(wholes.get(7)));
      });
    }
  }

  @Test
  void aChunkLargerThanTheQueueStillGoesThrough() {
    try (DigestPool pool = new DigestPool(1, 16)) {
      byte[] data = new byte[4096];
      new Random(5).nextBytes(data);
      DigestPool.FileDigest digest = pool.start(DigestAlgorithm.MD5);
      digest.update(data, 0, data.length);
      digest.update(data, 0, data.length);
      digest.verify(Path.of("big"), JdkDigests.create(DigestAlgorithm.MD5).digest(concat(data, data)));
      pool.awaitAll();
      List<DigestPool.Mismatch> mismatches = new ArrayList<>();
      pool.drainMismatches(mismatches::add);
      assertThat(mismatches).isEmpty();
    }
  }

  private static byte[] sha256(byte[] data) {
    MessageDigest digest = JdkDigests.create(DigestAlgorithm.SHA256);
    return digest.digest(data);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
