package org.jbareos.filedaemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Asserts that a restored tree equals its source: types, contents, mode, owner, mtime, link targets, inodes. */
public final class TreeComparison {

  private TreeComparison() {}

  public static void assertSameTree(Path source, Path restored) throws IOException {
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(source)) {
      entries = walk.map(source::relativize).toList();
    }
    try (Stream<Path> walk = Files.walk(restored)) {
      assertThat(walk.map(restored::relativize).toList()).containsExactlyInAnyOrderElementsOf(entries);
    }
    for (Path relative : entries) {
      Path from = source.resolve(relative);
      Path to = restored.resolve(relative);
      Map<String, Object> a = Files.readAttributes(from, "unix:*", LinkOption.NOFOLLOW_LINKS);
      Map<String, Object> b = Files.readAttributes(to, "unix:*", LinkOption.NOFOLLOW_LINKS);
      String what = relative.toString();
      assertThat(b.get("uid")).as(what + " uid").isEqualTo(a.get("uid"));
      assertThat(b.get("gid")).as(what + " gid").isEqualTo(a.get("gid"));
      assertThat(b.get("lastModifiedTime")).as(what + " mtime")
          .isEqualTo(Files.getLastModifiedTime(from, LinkOption.NOFOLLOW_LINKS));
      if (Files.isSymbolicLink(from)) {
        assertThat(Files.readSymbolicLink(to)).as(what + " target").isEqualTo(Files.readSymbolicLink(from));
        continue;
      }
      assertThat(b.get("mode")).as(what + " mode").isEqualTo(a.get("mode"));
      assertThat(b.get("nlink")).as(what + " nlink").isEqualTo(a.get("nlink"));
      if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
        assertThat(Files.mismatch(from, to)).as(what + " content").isEqualTo(-1L);
      }
    }
  }
}
