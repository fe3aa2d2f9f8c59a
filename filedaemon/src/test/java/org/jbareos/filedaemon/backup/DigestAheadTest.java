package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.walk.FileSetWalk;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.jbareos.protocol.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's digest computed ahead by {@link DigestAhead} is sent only for the bytes it covers: the sender checks each
 * chunk and digests from the first one that differs itself ({@link FileDigest}). The worker runs on the test's thread
 * here, so each case is exact: digest ahead, then change the file, then send it.
 */
class DigestAheadTest {

  private static final int CHUNK = FileDataReader.BUFFER_SIZE;

  @TempDir Path temp;

  @Test
  void anUnchangedFileSendsTheDigestComputedAheadAfterCheckingEveryChunk() throws Exception {
    Path path = write("big.bin", 5 * CHUNK + 1000);
    FoundFile file = found(path);
    AheadDigest ahead = digestAhead(file);

    Sent sent = send(file, ahead);

    assertThat(sent.data()).isEqualTo(Files.readAllBytes(path));
    assertThat(sent.digest()).isEqualTo(md5(sent.data()));
    assertThat(ahead.checked()).as("every chunk was checked against the worker's").isEqualTo(6);
  }

  @Test
  void aFileChangedAfterItsDigestAheadSendsTheDigestOfTheBytesSent() throws Exception {
    Path path = write("changing.bin", 5 * CHUNK + 1000);
    byte[] before = Files.readAllBytes(path);
    FoundFile file = found(path);
    AheadDigest ahead = digestAhead(file);
    // the third chunk changes (same length), and the file grows, between the digest ahead and the send
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap("changed while waiting".getBytes()), 2L * CHUNK + 77);
      channel.write(ByteBuffer.wrap(new byte[5000]), channel.size());
    }

    Sent sent = send(file, ahead);

    assertThat(sent.data()).isEqualTo(Files.readAllBytes(path));
    assertThat(sent.digest()).as("digest of the bytes sent").isEqualTo(md5(sent.data()))
        .isNotEqualTo(md5(before));
    assertThat(ahead.checked()).as("the chunks before the change were taken from the worker").isEqualTo(2);
  }

  @Test
  void aFileThatShrankAfterItsDigestAheadSendsTheDigestOfTheBytesSent() throws Exception {
    Path path = write("shrinking.bin", 5 * CHUNK + 1000);
    FoundFile file = found(path);
    AheadDigest ahead = digestAhead(file);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.truncate(3L * CHUNK);
    }

    Sent sent = send(file, ahead);

    assertThat(sent.data()).isEqualTo(Files.readAllBytes(path)).hasSize(3 * CHUNK);
    assertThat(sent.digest()).isEqualTo(md5(sent.data()));
  }

  @Test
  void aFileTheWorkerDidNotReachIsDigestedByTheSender() throws Exception {
    Path path = write("late.bin", 3 * CHUNK);
    FoundFile file = found(path);
    AheadDigest ahead = new AheadDigest(file, MessageDigest.getInstance("MD5"));

    Sent sent = send(file, ahead);

    assertThat(sent.digest()).isEqualTo(md5(Files.readAllBytes(path)));
    assertThat(ahead.awaitRoom()).as("the worker stops on a file the sender took over").isFalse();
  }

  @Test
  void aSessionOfLargeFilesSendsEachFilesDigestWhicheverThreadComputedIt() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("set"));
    for (int i = 0; i < 4; i++) {
      writeIn(dir.resolve("f" + i), 4 * CHUNK + 123 * i, i);
    }
    Files.write(dir.resolve("small"), "small".getBytes());

    RecordedBackup backup =
        RecordedBackup.run(FindFileSet.of(WalkTestFileSets.include("M", List.of(), dir)), Optional.empty());

    int checkedFiles = 0;
    for (RecordedBackup.Sent record : backup.records()) {
      if (record.stream() == Stream.MD5_DIGEST.value()) {
        byte[] data = backup.ofFile(record.fileIndex()).stream()
            .filter(r -> r.stream() == Stream.FILE_DATA.value()).findFirst().map(RecordedBackup.Sent::joined)
            .orElse(new byte[0]);
        assertThat(record.joined()).isEqualTo(md5(data));
        checkedFiles++;
      }
    }
    assertThat(checkedFiles).isEqualTo(5);
  }

  private record Sent(byte[] data, byte[] digest) {}

  /** The file's records as the sender makes them, with the digest computed ahead. */
  private static Sent send(FoundFile file, AheadDigest ahead) {
    List<NotSaved> messages = new ArrayList<>();
    FileRecords records = new FileRecords(file, SaveOptions.of(file.options()), null, new HashMap<>(),
        new JobTotals(), messages::add, new byte[CHUNK], ahead);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] digest = null;
    while (records.hasNext()) {
      BackupRecord record = records.next();
      ByteArrayOutputStream frames = new ByteArrayOutputStream();
      for (byte[] frame; (frame = record.payload().nextFrame()) != null; ) {
        frames.writeBytes(frame);
      }
      if (record.stream() == Stream.FILE_DATA.value()) {
        data.writeBytes(frames.toByteArray());
      } else if (record.stream() == Stream.MD5_DIGEST.value()) {
        digest = frames.toByteArray();
      }
    }
    assertThat(messages).isEmpty();
    return new Sent(data.toByteArray(), digest);
  }

  private static AheadDigest digestAhead(FoundFile file) throws Exception {
    AheadDigest ahead = new AheadDigest(file, MessageDigest.getInstance("MD5"));
    try (DigestAhead worker = new DigestAhead("test digest-ahead")) {
      worker.digest(ahead);
    }
    return ahead;
  }

  private static FoundFile found(Path path) {
    try (FileSetWalk walk =
        new FileSetWalk(FindFileSet.of(WalkTestFileSets.include("M", List.of(), path)), Optional.empty())) {
      return (FoundFile) walk.next();
    }
  }

  private Path write(String name, int size) throws Exception {
    return writeIn(temp.resolve(name), size, 1);
  }

  private static Path writeIn(Path path, int size, long seed) throws Exception {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    Files.write(path, bytes);
    return path;
  }

  private static byte[] md5(byte[] data) throws Exception {
    return MessageDigest.getInstance("MD5").digest(data);
  }
}
