package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CopyTextTest {

  @Test
  void escapesTheCharactersCopyTreatsSpecially() {
    StringBuilder b = new StringBuilder();
    CopyText.escape(b, "a\tb\nc\\d\re");
    assertThat(b).hasToString("a\\tb\\nc\\\\d\\re");
  }

  @Test
  void splitsColumnsAndReadsNull() {
    assertThat(CopyText.split("/etc/\thosts\t\\N\t")).containsExactly("/etc/", "hosts", null, "");
    assertThat(CopyText.split("we\\tird\\\\na\\nme")).containsExactly("we\tird\\na\nme");
  }

  @Test
  void nulCannotBeStored() {
    assertThatThrownBy(() -> CopyText.escape(new StringBuilder(), "a\0b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void escapedColumnsSplitBackToTheOriginals(
      @ForAll @Size(max = 5) List<@CharRange(from = 1, to = 0x7f) @Chars({'\t', '\n', '\\', 'é'}) String> columns) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      CopyText.escape(line, columns.get(i));
    }
    List<String> expected = columns.isEmpty() ? List.of("") : columns;
    assertThat(CopyText.split(line.toString())).isEqualTo(expected);
    assertThat(Arrays.asList(line.toString().split("\n", -1))).hasSize(1);
  }
}
