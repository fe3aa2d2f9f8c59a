package org.jbareos.director.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prefix matching in table order, as {@code Do_a_command} does it. */
class CommandTableTest {
  private final CommandTable table = CommandTable.standard();

  private String keyOf(String word) {
    return table.find(word).map(CommandTable.Entry::key).orElse("(none)");
  }

  @Test
  void aPrefixSelectsTheFirstCommandInBareosOrder() {
    assertThat(keyOf("l")).isEqualTo("label");
    assertThat(keyOf("li")).isEqualTo("list");
    assertThat(keyOf("ll")).isEqualTo("llist");
    assertThat(keyOf("s")).isEqualTo("status");
    assertThat(keyOf("sh")).isEqualTo("show");
    assertThat(keyOf("q")).isEqualTo("quit");
    assertThat(keyOf("e")).isEqualTo("enable");
    assertThat(keyOf("v")).isEqualTo("var");
    assertThat(keyOf("ver")).isEqualTo("version");
    assertThat(keyOf(".")).isEqualTo(".");
    assertThat(keyOf(".a")).isEqualTo(".actiononpurge");
    assertThat(keyOf(".ap")).isEqualTo(".api");
  }

  @Test
  void matchingIgnoresCaseAndRefusesLongerWords() {
    assertThat(keyOf("VERSION")).isEqualTo("version");
    assertThat(keyOf("versions")).isEqualTo("(none)");
    assertThat(keyOf("foo")).isEqualTo("(none)");
  }

  @Test
  void theTableHasBareosKeysInOrderWithoutDuplicates() {
    assertThat(CommandTable.BAREOS_KEYS).doesNotHaveDuplicates().startsWith(".", ".actiononpurge", ".api")
        .endsWith("version", "wait", "whoami", "volume");
  }
}
