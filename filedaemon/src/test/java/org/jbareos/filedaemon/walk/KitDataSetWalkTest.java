package org.jbareos.filedaemon.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.KitRecords;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.fileset.FileSet;
import org.jbareos.protocol.fileset.FileSetLines;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk over the kit's data set against what the real FD sent in backup-full.txt. */
class KitDataSetWalkTest {

  @TempDir Path temp;

  /** The fileset frames the Director sent in backup-full ({@code I}, {@code O MHAX}, {@code F ...}), re-rooted. */
  static FileSet kitFileSet(Path root) throws ProtocolException {
    List<String> frames = new ArrayList<>();
    for (TranscriptMessage m : Transcript.conformance("backup-full.txt").connectionBetween("dir", "fd")) {
      String text = m.isSignal() ? "" : m.text();
      if (m.isFrom("dir", "fd") && (text.equals("I\n") || text.startsWith("O ") || text.equals("N\n")
          || text.startsWith("F "))) {
        frames.add(text.startsWith("F ") ? "F " + root : text);
      }
    }
    assertThat(frames).containsExactly("I\n", "O MHAX\n", "N\n", "F " + root, "N\n", "N\n");
    return FileSetLines.parse(frames);
  }

  /** The kit's attribute records, by name relative to the data set ("" for the data directory itself). */
  static Map<String, AttributeRecord> kitAttributes(String capture) throws ProtocolException {
    Map<String, AttributeRecord> byName = new LinkedHashMap<>();
    for (KitRecords.Record record : KitRecords.of(capture)) {
      if (record.stream() == 1) {
        AttributeRecord a = AttributeRecord.parse(record.frames().get(0).payload());
        byName.put(a.fileName().substring(KitDataSet.KIT_ROOT.length()), a);
      }
    }
    return byName;
  }

  static List<FoundFile> walkAll(FindFileSet fileSet, Optional<IncrementalSince> since, List<NotSaved> notSaved) {
    List<FoundFile> found = new ArrayList<>();
    try (FileSetWalk walk = new FileSetWalk(fileSet, since)) {
      walk.forEachRemaining(entry -> {
        switch (entry) {
          case FoundFile f -> found.add(f);
          case NotSaved n -> notSaved.add(n);
          case DeletedFile d -> throw new AssertionError("no accurate list here: " + d);
        }
      });
    }
    return found;
  }

  @Test
  void namesTypesAndStatFieldsEqualTheRealFd() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<NotSaved> notSaved = new ArrayList<>();
    List<FoundFile> found = walkAll(FindFileSet.of(kitFileSet(data)), Optional.empty(), notSaved);

    Map<String, AttributeRecord> kit = kitAttributes("backup-full.txt");
    assertThat(notSaved).isEmpty();
    assertThat(found).hasSize(11);
    Map<String, FoundFile> ours = new LinkedHashMap<>();
    found.forEach(f -> ours.put(f.fname().substring(data.toString().length()), f));
    assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(kit.keySet());
    for (Map.Entry<String, AttributeRecord> e : kit.entrySet()) {
      FoundFile f = ours.get(e.getKey());
      AttributeRecord k = e.getValue();
      assertThat(f.type().code()).as(e.getKey()).isEqualTo(k.fileType());
      assertThat(f.link()).as(e.getKey()).isEqualTo(k.link());
      EncodedStat ourStat = f.stat().encode(f.linkFi(), 2);
      EncodedStat kitStat = k.stat();
      assertThat(ourStat.mode()).as(e.getKey() + " mode").isEqualTo(kitStat.mode());
      assertThat(ourStat.nlink()).as(e.getKey() + " nlink").isEqualTo(kitStat.nlink());
      assertThat(ourStat.uid()).as(e.getKey() + " uid").isEqualTo(kitStat.uid());
      assertThat(ourStat.gid()).as(e.getKey() + " gid").isEqualTo(kitStat.gid());
      assertThat(ourStat.size()).as(e.getKey() + " size").isEqualTo(kitStat.size());
      assertThat(ourStat.mtime()).as(e.getKey() + " mtime").isEqualTo(kitStat.mtime());
      assertThat(ourStat.blksize()).as(e.getKey() + " blksize").isEqualTo(kitStat.blksize());
      assertThat(ourStat.blocks()).as(e.getKey() + " blocks").isEqualTo(kitStat.blocks());
      assertThat(ourStat.linkFi()).as(e.getKey() + " LinkFI").isEqualTo(kitStat.linkFi());
      assertThat(ourStat.dataStream()).as(e.getKey() + " data_stream").isEqualTo(kitStat.dataStream());
    }
  }

  @Test
  void orderIsReaddirOrderWithEachDirectoryAfterItsContentsAsInTheKit() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<FoundFile> found = walkAll(FindFileSet.of(kitFileSet(data)), Optional.empty(), new ArrayList<>());

    List<String> expected = new ArrayList<>();
    postOrder(data, data.toString(), expected);
    assertThat(found).extracting(FoundFile::fname).containsExactlyElementsOf(expected);
    assertThat(found).extracting(FoundFile::fileIndex).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    List<String> kitOrder = new ArrayList<>(kitAttributes("backup-full.txt").keySet());
    assertThat(kitOrder.indexOf("/docs/")).isGreaterThan(kitOrder.indexOf("/docs/a.txt"));
    assertThat(kitOrder.get(kitOrder.size() - 1)).isEqualTo("/");
    assertThat(expected.get(expected.size() - 1)).isEqualTo(data + "/");
    assertThat(expected.indexOf(data + "/docs/")).isGreaterThan(expected.indexOf(data + "/docs/a.txt"));
  }

  /** The order Bareos walks: each entry as readdir gives it, a directory's contents before the directory. */
  private static void postOrder(Path dir, String name, List<String> out) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String child = name + "/" + entry.getFileName();
        if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          postOrder(entry, child, out);
        } else {
          out.add(child);
        }
      }
    }
    out.add(name + "/");
  }

  @Test
  void incrementalSavesWhatTheRealFdSavedThroughCtime() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    long since = java.time.Instant.now().getEpochSecond() + 1;
    Thread.sleep(2100);
    // make-dataset.sh incr: rewrite docs/b.txt, add new-after-full.txt, both and the directory get mtime T1
    Files.writeString(data.resolve("docs/b.txt"), "bravo\nmodified for the incremental backup\n");
    Files.writeString(data.resolve("new-after-full.txt"), "added after the full backup\n");
    for (Path p : List.of(data.resolve("docs/b.txt"), data.resolve("new-after-full.txt"), data)) {
      KitDataSet.setTimes(p, KitDataSet.T1);
    }
    List<NotSaved> notSaved = new ArrayList<>();
    List<FoundFile> found =
        walkAll(FindFileSet.of(kitFileSet(data)), Optional.of(new IncrementalSince(since)), notSaved);

    Map<String, AttributeRecord> kit = kitAttributes("backup-incremental.txt");
    assertThat(found).extracting(f -> f.fname().substring(data.toString().length()))
        .containsExactlyInAnyOrderElementsOf(kit.keySet());
    assertThat(found).extracting(FoundFile::fileIndex).containsExactly(1, 2, 3);
    assertThat(found.get(2).type()).isEqualTo(FileType.DIREND);
    assertThat(notSaved).allMatch(n -> !n.error())
        .extracting(NotSaved::type).contains(FileType.NOCHG, FileType.DIRNOCHG);
  }
}
