package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup's messages with the kit's three daemons: {@code messages} shows each line once, the summary once and
 * followed by the blank line Bareos ends it with (backup-full.bconsole-out.txt), and the Messages resource's {@code
 * append} destination gets the same lines in the file.
 */
class JobMessagesEndToEndTest {

  @Test
  void messagesShowTheSummaryOnceAndAppendWritesTheLog(@TempDir Path root) throws Exception {
    try (KitDaemons kit = KitDaemons.start(root); ConsoleClient console = ConsoleClient.login(kit.directorPort())) {
      Files.createDirectories(kit.site().data().resolve("docs"));
      Files.writeString(kit.site().data().resolve("docs/a.txt"), "alpha\n");
      List<String> queued = console.text("run job=backup-bareos-fd level=Full yes");
      assertThat(queued.getLast()).startsWith("Job queued. JobId=");
      assertThat(console.text("wait")).contains("You have messages.\n");
      String messages = String.join("", console.text("messages"));

      assertThat(count(messages, "Termination:")).as(messages).isEqualTo(1);
      assertThat(count(messages, "Start Backup JobId")).as(messages).isEqualTo(1);
      assertThat(messages).as(messages).endsWith("  Termination:            Backup OK\n\n");
      assertThat(console.text("messages")).containsExactly("You have no messages.\n");

      String log = Files.readString(kit.site().appendLog());
      // lib/message.cc: the append file gets "<dd-Mon HH:MM> <text>" as the console does
      assertThat(log).containsPattern("(?m)^\\d\\d-[A-Z][a-z]{2} \\d\\d:\\d\\d bareos-dir JobId 1: Start Backup JobId 1,"
          + " Job=backup-bareos-fd\\.");
      assertThat(log).contains("bareos-sd JobId 1: ").contains("  Termination:            Backup OK\n\n");
      assertThat(count(log, "Termination:")).isEqualTo(1);
    }
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
