package org.jbareos.director.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ParseUaArgs}: keywords, values, quotes. */
class CommandLineTest {

  @Test
  void keywordsAndValues() {
    CommandLine line = CommandLine.parse("list files jobid=1");
    assertThat(line.keys()).containsExactly("list", "files", "jobid");
    assertThat(line.valueOf("JOBID")).contains("1");
    assertThat(line.find("files")).isEqualTo(1);
    assertThat(line.valueOf("files")).isEmpty();
  }

  @Test
  void quotesGroupBlanks() {
    CommandLine line = CommandLine.parse("run job=\"my job\" yes");
    assertThat(line.valueOf("job")).contains("my job");
    assertThat(line.find("yes")).isEqualTo(2);
  }

  @Test
  void blankCommandIsEmpty() {
    assertThat(CommandLine.parse("   ").isEmpty()).isTrue();
    assertThat(CommandLine.parse("").isEmpty()).isTrue();
  }
}
