package org.jbareos.director.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.protocol.attributes.EncodedStat;
import org.junit.jupiter.api.Test;

/** The restore tree's counts and selection, and the file filter of {@code file=}/{@code directory=}. */
class RestoreTreeTest {

  @Test
  void directoriesWithContentsAreMadeByThemAndDoNotCountAsInserted() {
    List<RestoreFile> versions = List.of(file("/d/docs/", "a.txt"), file("/d/docs/", "b.txt"), file("/d/docs/", ""),
        file("/d/empty/", ""), file("/d/", "top.txt"), file("/d/", ""));
    RestoreTree tree = RestoreTree.of(versions, true);
    assertThat(tree.insertedFiles()).isEqualTo(4);
    assertThat(tree.rows()).isEqualTo(6);
    assertThat(tree.selected()).containsExactlyInAnyOrderElementsOf(versions);
  }

  @Test
  void markingADirectoryMarksWhatIsBelowAndTellsTheParents() {
    RestoreTree tree = RestoreTree.of(List.of(file("/d/docs/", "a.txt"), file("/d/docs/", ""),
        file("/d/", "top.txt"), file("/d/", "")), false);
    RestoreTree.Node d = tree.cwd("/d", tree.root()).orElseThrow();
    assertThat(d.path()).isEqualTo("/d/");
    assertThat(tree.mark(List.of("doc?"), d, true)).isEqualTo(2);
    assertThat(d.extractDescendant()).isTrue();
    assertThat(tree.selected()).extracting(RestoreFile::name).containsExactlyInAnyOrder("a.txt", "");
    assertThat(tree.mark(List.of("/d/**/a.txt"), tree.root(), false)).isEqualTo(1);
    assertThat(tree.cwd("../nowhere", d)).isEmpty();
    assertThat(tree.cwd("..", d)).contains(tree.root());
  }

  /** The data of hard linked files is saved with the first one; marking a later link marks that one too. */
  @Test
  void markingAHardLinkMarksTheFileHoldingTheData() {
    RestoreFile original = new RestoreFile("/d/", "readme", 1, 7, stat(0), 0, "");
    RestoreFile link = new RestoreFile("/d/", "link to readme", 2, 7, stat(1), 0, "");
    RestoreTree tree = RestoreTree.of(List.of(original, link, file("/d/", "other")), false);
    RestoreTree.Node d = tree.cwd("/d", tree.root()).orElseThrow();
    assertThat(tree.mark(List.of("link*"), d, true)).isEqualTo(2);
    assertThat(tree.selected()).containsExactlyInAnyOrder(original, link);
  }

  /** A job that saved a path and name twice (overlapping Include lines): the later copy counts, once. */
  @Test
  void aFileOneJobSavedTwiceKeepsItsLaterCopy() {
    RestoreFile first = new RestoreFile("/d/", "twice", 2, 7, stat(0), 0, "");
    RestoreFile later = new RestoreFile("/d/", "twice", 5, 7, stat(0), 0, "");
    RestoreTree tree = RestoreTree.of(List.of(first, file("/d/", "once"), later), true);
    assertThat(tree.rows()).isEqualTo(2);
    assertThat(tree.insertedFiles()).isEqualTo(2);
    assertThat(tree.selected()).containsExactly(later, file("/d/", "once"));
  }

  /** A regular file with two links; {@code linkFi} 0 for the first, else the FileIndex of the first. */
  private static String stat(int linkFi) {
    return new EncodedStat(1, 2, 0100644, 2, 0, 0, 0, 6, 4096, 8, 0, 0, 0, linkFi, 0, 2).encode();
  }

  @Test
  void filterFieldsForFileSelection() {
    List<RestoreFile> versions = List.of(file("/d/docs/", "a.txt"), file("/d/docs/", ""), file("/d/", "top.txt"),
        file("/d/documents/", "x"));
    assertThat(RestoreFileFilter.select(versions, List.of("/d/top.txt"), List.of("/d/docs")))
        .containsExactly(versions.get(0), versions.get(1), versions.get(2));
  }

  private static RestoreFile file(String path, String name) {
    return new RestoreFile(path, name, 1, 1, "", 0, "");
  }
}
