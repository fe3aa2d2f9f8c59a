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
import org.junit.jupiter.api.io.TempDir;

/** Each file's chunks are digested in order, files in parallel, with a bounded queue; every mismatch is reported. */
class DigestPoolTest {

  @TempDir Path temp;

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
        digests.get(f).verify(Path.of("/restore/file" + f), expected, () -> false);
      }
      pool.awaitAll();
      List<Record> mismatches = new ArrayList<>();
      pool.drainMismatches(mismatches::add);

      assertThat(mismatches).singleElement().isInstanceOfSatisfying(DigestPool.Mismatch.class, m -> {
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
      digest.verify(Path.of("big"), JdkDigests.create(DigestAlgorithm.MD5).digest(concat(data, data)), () -> false);
      pool.awaitAll();
      List<Record> mismatches = new ArrayList<>();
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

  @Test
  void chunksBeyondTheQueueAreReadBackFromTheirFileOnceWritten() throws Exception {
    Path file = temp.resolve("restored.bin");
    byte[] whole = new byte[64 * 1024];
    new Random(6).nextBytes(whole);
    List<java.util.concurrent.CompletableFuture<Void>> writes = new ArrayList<>();
    try (DigestPool pool = new DigestPool(1, 1024);
        java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(file,
            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      DigestPool.FileDigest digest = pool.start(DigestAlgorithm.SHA1);
      for (int at = 0; at < whole.length; at += 4096) {
        java.util.concurrent.CompletableFuture<Void> written = new java.util.concurrent.CompletableFuture<>();
        writes.add(written);
        byte[] chunk = java.util.Arrays.copyOfRange(whole, at, at + 4096);
        // handed over before it is written: the read-back must wait for the write
        digest.update(chunk, 0, chunk.length, new DigestPool.ReadBack(
            () -> java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ), at, written));
      }
      for (int i = 0; i < writes.size(); i++) {
        out.write(java.nio.ByteBuffer.wrap(whole, i * 4096, 4096), i * 4096L);
        writes.get(i).complete(null);
      }
      digest.verify(file, JdkDigests.create(DigestAlgorithm.SHA1).digest(whole), () -> false);
      pool.awaitAll();
      List<Record> mismatches = new ArrayList<>();
      pool.drainMismatches(mismatches::add);
      assertThat(mismatches).isEmpty();
    }
  }
}
