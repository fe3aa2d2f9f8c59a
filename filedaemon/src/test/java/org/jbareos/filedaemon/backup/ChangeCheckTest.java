package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option {@code c}: a file that changes while it is read is reported ({@code HasFileChanged}). */
class ChangeCheckTest {

  @TempDir Path temp;

  private List<NotSaved> backupWhileAppending(String letters) throws Exception {
    Path file = temp.resolve("growing.log");
    Files.write(file, KitDataSet.randomBin());
    KitDataSet.setTimes(file, KitDataSet.T0);
    List<NotSaved> messages = new ArrayList<>();
    try (BackupSession session = new BackupSession(
        FindFileSet.of(WalkTestFileSets.include(letters, List.of(), file)), Optional.empty(), messages::add)) {
      while (session.hasNext()) {
        BackupRecord record = session.next();
        boolean first = true;
        while (record.payload().nextFrame() != null) {
          if (first && record.stream() == 2) {
            Files.writeString(file, "appended while read\n", StandardOpenOption.APPEND);
            first = false;
          }
        }
      }
      assertThat(session.totals().jobErrors()).isEqualTo(messages.stream().filter(NotSaved::error).count());
    }
    return messages;
  }

  @Test
  void aFileWrittenWhileItIsReadIsAnError() throws Exception {
    List<NotSaved> messages = backupWhileAppending("Mc");
    assertThat(messages).singleElement().satisfies(m -> {
      assertThat(m.error()).isTrue();
      assertThat(m.message()).isEqualTo(temp.resolve("growing.log") + ": mtime changed during backup.");
    });
  }

  @Test
  void withoutTheOptionNothingIsReported() throws Exception {
    assertThat(backupWhileAppending("M")).isEmpty();
  }
}
