package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
  void aRowReadInPlaceGivesNumbersAndTexts() {
    byte[] row = "/etc/\t42\t-7\t\\N\thosts\\tx\t9223372036854775807".getBytes(StandardCharsets.UTF_8);
    CopyText.Row columns = new CopyText.Row();
    columns.read(row, row.length);
    assertThat(columns.columns()).isEqualTo(6);
    assertThat(columns.text(0)).isEqualTo("/etc/");
    assertThat(columns.number(1)).isEqualTo(42);
    assertThat(columns.number(2)).isEqualTo(-7);
    assertThat(columns.text(3)).isNull();
    assertThat(columns.text(4)).isEqualTo("hosts\tx");
    assertThat(columns.number(5)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> columns.number(4)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> columns.number(3)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> columns.text(6)).isInstanceOf(IllegalStateException.class);
  }

  @Property
  void numbersReadInPlaceAreThoseOfParseLong(@ForAll long value) {
    byte[] row = ("x\t" + value).getBytes(StandardCharsets.UTF_8);
    CopyText.Row columns = new CopyText.Row();
    columns.read(row, row.length);
    assertThat(columns.number(1)).isEqualTo(value);
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
