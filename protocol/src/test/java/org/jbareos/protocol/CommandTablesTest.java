package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jbareos.protocol.dirfd.FileDaemonCommand;
import org.jbareos.protocol.dirsd.StorageDaemonCommand;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** Every command the Director sent in the captures is recognized by the daemon's command table. */
class CommandTablesTest {

  @Test
  void everyRecordedDirectorToFdCommandIsKnown() {
    // the FileSet item lines and the CRAM-MD5 handshake are not commands
    for (TranscriptMessage frame :
        Recorded.frames(
            "dir", "fd",
            t -> !t.startsWith("Hello ") && !t.startsWith("auth ") && !t.endsWith("\0") && !t.startsWith("1000 OK")
                && !t.matches("(?s)[IEONFPZRWBXGDT][A-Z]?( .*)?\n?") && !t.startsWith("btime "))) {
      assertThat(FileDaemonCommand.of(frame.text())).as("%s", frame).isPresent();
    }
    assertThat(FileDaemonCommand.of("level = full  mtime_only=0 \n")).contains(FileDaemonCommand.LEVEL);
    assertThat(FileDaemonCommand.of("RunBeforeNow\n")).contains(FileDaemonCommand.RUN_BEFORE_NOW);
    assertThat(FileDaemonCommand.of("Run OnSuccess=1 OnFailure=0 AbortOnError=1 When=1 Command=ls\n"))
        .contains(FileDaemonCommand.RUN_SCRIPT);
    assertThat(FileDaemonCommand.of("restoreobject end\n")).contains(FileDaemonCommand.RESTORE_OBJECT);
    assertThat(FileDaemonCommand.of("restore replace=a prelinks=0 where=\n")).contains(FileDaemonCommand.RESTORE);
    assertThat(FileDaemonCommand.of("endrestore")).contains(FileDaemonCommand.END_RESTORE);
    assertThat(FileDaemonCommand.of("Level = full")).isEqualTo(Optional.empty());
  }

  @Test
  void everyRecordedDirectorToSdCommandIsKnown() {
    // "use device=" lines and the bootstrap lines are read inside the use storage and bootstrap commands
    for (String sd : new String[] {"sd", "sd2"}) {
      for (TranscriptMessage frame :
          Recorded.frames(
              "dir", sd,
              t -> !t.startsWith("Hello ") && !t.startsWith("auth ") && !t.endsWith("\0") && !t.matches("(?s)1\\d\\d\\d .*")
                  && !t.startsWith("use device=") && !t.matches("(?s)[A-Za-z]+=.*\n") || t.startsWith("JobId="))) {
        assertThat(StorageDaemonCommand.of(frame.text())).as("%s", frame).isPresent();
      }
    }
    assertThat(StorageDaemonCommand.of("run")).contains(StorageDaemonCommand.RUN);
    assertThat(StorageDaemonCommand.of("replicate JobId=7 ...")).contains(StorageDaemonCommand.REPLICATE);
    assertThat(StorageDaemonCommand.of("use storage=File ...")).contains(StorageDaemonCommand.USE_STORAGE);
    assertThat(StorageDaemonCommand.of("use device=File\n")).isEmpty();
  }
}
