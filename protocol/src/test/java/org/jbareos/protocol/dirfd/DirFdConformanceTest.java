package org.jbareos.protocol.dirfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.FixedLine;
import org.jbareos.protocol.Recorded;
import org.jbareos.protocol.TextMessage;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** Every Director↔FD job message of the conformance captures parses and formats back to the recorded bytes. */
class DirFdConformanceTest {

  interface Parser {
    TextMessage parse(String wire) throws ProtocolException;
  }

  private static List<TranscriptMessage> roundTripAll(String from, String to, String prefix, Parser parser)
      throws ProtocolException {
    List<TranscriptMessage> frames = Recorded.startingWith(from, to, prefix);
    for (TranscriptMessage frame : frames) {
      assertThat(parser.parse(frame.text()).toWire()).as("%s", frame).isEqualTo(frame.payload());
    }
    return frames;
  }

  private static void fixed(String from, String to, FixedLine line, int atLeast) {
    List<TranscriptMessage> frames = Recorded.frames(from, to, line::matches);
    assertThat(frames).as("%s", line).hasSizeGreaterThanOrEqualTo(atLeast);
    frames.forEach(frame -> assertThat(line.toWire()).isEqualTo(frame.payload()));
  }

  @Test
  void jobCommandAndReply() throws ProtocolException {
    List<TranscriptMessage> commands = roundTripAll("dir", "fd", "JobId=", FdJobCommand::parse);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
    FdJobCommand first = FdJobCommand.parse(commands.get(0).text());
    assertThat(first)
        .isEqualTo(
            new FdJobCommand(
                1, "backup-bareos-fd.2026-11-22_02.09.08_03", 1, 1795313292L,
                "NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA", null));
    FdJobCommand tls = new FdJobCommand(1, "j", 1, 2, "KEY", 4);
    assertThat(tls.wireText()).isEqualTo("JobId=1 Job=j SDid=1 SDtime=2 Authorization=KEY ssl=4\n");
    assertThat(FdJobCommand.parse(tls.wireText())).isEqualTo(tls);

    List<TranscriptMessage> replies = roundTripAll("fd", "dir", "2000 OK Job ", FdJobReply::parse);
    assertThat(replies).hasSizeGreaterThanOrEqualTo(4);
    FdJobReply reply = FdJobReply.parse(replies.get(0).text());
    assertThat(reply.version()).isEqualTo("26.0.0~pre1298.eda204c31");
    assertThat(reply.wireText()).doesNotEndWith("\n");
    assertThat(reply.shortDate()).isEqualTo("21Aug26");
    assertThat(reply.osInfo()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
    assertThat(reply.platform()).isEqualTo("debian");
    assertThat(FdJobReply.of("26.0.0~pre1298.eda204c31", "21Aug26", "Debian GNU/Linux 12 (bookworm)", "debian"))
        .isEqualTo(reply);
  }

  @Test
  void levels() throws ProtocolException {
    List<TranscriptMessage> levels = roundTripAll("dir", "fd", "level = ", LevelCommand::parse);
    assertThat(levels).hasSizeGreaterThanOrEqualTo(3);
    assertThat(LevelCommand.parse(levels.get(0).text())).isEqualTo(LevelCommand.Base.of("full"));
    assertThat(LevelCommand.Base.of("full").wireText()).isEqualTo("level = full  mtime_only=0 \n");
    assertThat(LevelCommand.parse("level = incremental  mtime_only=0 \n"))
        .isEqualTo(LevelCommand.Base.of("incremental"));
    LevelCommand since =
        LevelCommand.parse("level = since_utime 1795313350 mtime_only=0 prev_job=backup-bareos-fd.2026-11-22_02.09.08_03\n");
    assertThat(since)
        .isEqualTo(new LevelCommand.SinceTime(1795313350L, 0, "backup-bareos-fd.2026-11-22_02.09.08_03"));
    LevelCommand.Base accurate = new LevelCommand.Base("differential", true, true, 0);
    assertThat(accurate.wireText()).isEqualTo("level = accurate_differential rerunning  mtime_only=0 \n");
    assertThat(LevelCommand.parse(accurate.wireText())).isEqualTo(accurate);
    LevelCommand.SinceTime noJob = new LevelCommand.SinceTime(5, 0, "");
    assertThat(noJob.wireText()).isEqualTo("level = since_utime 5 mtime_only=0 prev_job=\n");
    assertThat(LevelCommand.parse(noJob.wireText())).isEqualTo(noJob);
    assertThat(LevelCommand.parse("level = since_utime 5 mtime_only=0\n")).isEqualTo(noJob);
    fixed("fd", "dir", DirFdLine.LEVEL_OK, 2);
  }

  @Test
  void btime() throws ProtocolException {
    List<TranscriptMessage> btimes = roundTripAll("dir", "fd", "btime ", BtimeReply::parse);
    assertThat(btimes).hasSize(10);
    assertThat(BtimeReply.parse(btimes.get(0).text()).microseconds()).isEqualTo(1795313369776496L);
  }

  @Test
  void filesetSecureEraseStorageBackup() throws ProtocolException {
    List<TranscriptMessage> filesets = roundTripAll("dir", "fd", "fileset", FilesetCommand::parse);
    assertThat(filesets).hasSizeGreaterThanOrEqualTo(3);
    assertThat(FilesetCommand.parse(filesets.get(0).text()).vss()).isTrue();
    assertThat(new FilesetCommand(false).wireText()).isEqualTo("fileset\n");
    fixed("fd", "dir", DirFdLine.INCLUDE_OK, 3);
    fixed("dir", "fd", DirFdLine.GET_SECURE_ERASE_CMD, 3);
    List<TranscriptMessage> erase =
        roundTripAll("fd", "dir", "2000 OK FDSecureEraseCmd", FdSecureEraseReply::parse);
    assertThat(erase).hasSizeGreaterThanOrEqualTo(3);
    assertThat(FdSecureEraseReply.parse(erase.get(0).text()).command()).isEqualTo(FdSecureEraseReply.NONE);

    List<TranscriptMessage> storage = roundTripAll("dir", "fd", "storage ", StorageCommand::parse);
    assertThat(storage).hasSizeGreaterThanOrEqualTo(4);
    assertThat(StorageCommand.parse(storage.get(0).text()))
        .isEqualTo(new StorageCommand("127.0.0.1", 19103, 0, null));
    assertThat(StorageCommand.parse("storage address=127.0.0.1 port=19103 ssl=0 Authorization=\n").authorization())
        .isEmpty();
    assertThat(StorageCommand.parse("storage address=sd port=9103 ssl=4 Authorization=KEY\n"))
        .isEqualTo(new StorageCommand("sd", 9103, 4, "KEY"));
    fixed("fd", "dir", DirFdLine.STORAGE_OK, 4);

    List<TranscriptMessage> backup = roundTripAll("dir", "fd", "backup ", BackupCommand::parse);
    assertThat(backup).hasSizeGreaterThanOrEqualTo(2);
    assertThat(BackupCommand.parse(backup.get(0).text()).fileIndex()).isZero();
    fixed("fd", "dir", DirFdLine.BACKUP_OK, 2);
  }

  @Test
  void endJobReports() throws ProtocolException {
    List<TranscriptMessage> ends = roundTripAll("fd", "dir", "2800 End Job", EndJobReport::parse);
    assertThat(ends).hasSizeGreaterThanOrEqualTo(4);
    assertThat(EndJobReport.parse(ends.get(0).text()))
        .isEqualTo(new EndJobReport('T', 11, 307276, 307276, 0, false, false));
  }

  @Test
  void restoreAndVerify() throws ProtocolException {
    List<TranscriptMessage> restores = roundTripAll("dir", "fd", "restore ", RestoreCommand::parse);
    assertThat(restores).hasSize(1);
    assertThat(RestoreCommand.parse(restores.get(0).text()))
        .isEqualTo(new RestoreCommand('a', false, "/tmp/bareos-restores", false));
    RestoreCommand spaces = new RestoreCommand('w', true, "/tmp/my restores", false);
    assertThat(spaces.wireText()).isEqualTo("restore replace=w prelinks=1 where=/tmp/my\u0001restores\n");
    assertThat(RestoreCommand.parse(spaces.wireText())).isEqualTo(spaces);
    RestoreCommand original = new RestoreCommand('a', false, "", false);
    assertThat(original.wireText()).isEqualTo("restore replace=a prelinks=0 where=\n");
    assertThat(RestoreCommand.parse(original.wireText())).isEqualTo(original);
    RestoreCommand regex = new RestoreCommand('n', false, "!a.pdf!b.pdf!", true);
    assertThat(RestoreCommand.parse(regex.wireText())).isEqualTo(regex);
    fixed("fd", "dir", DirFdLine.RESTORE_OK, 1);
    fixed("fd", "dir", DirFdLine.STORAGE_END_OK, 1);
    fixed("dir", "fd", DirFdLine.END_RESTORE, 1);

    List<TranscriptMessage> verify = roundTripAll("dir", "fd", "verify ", VerifyCommand::parse);
    assertThat(verify).hasSize(1);
    assertThat(VerifyCommand.parse(verify.get(0).text()).level()).isEqualTo("volume");
    fixed("fd", "dir", DirFdLine.VERIFY_OK, 1);
  }

  @Test
  void estimateAndCancel() throws ProtocolException {
    EstimateReply reply = new EstimateReply(1234567, 999);
    assertThat(reply.wireText()).isEqualTo("2000 OK estimate files=1,234,567 bytes=999\n");
    assertThat(EstimateReply.parse(reply.wireText())).isEqualTo(reply);
    assertThat(new EstimateCommand(true).wireText()).isEqualTo("estimate listing=1\n");
    assertThat(EstimateCommand.parse("estimate listing=0\n").listing()).isFalse();
    assertThat(new CancelCommand("job.2026").wireText()).isEqualTo("cancel Job=job.2026\n");
    assertThat(CancelCommand.parse("cancel Job=job.2026\n").job()).isEqualTo("job.2026");
  }

  @Test
  void malformedCommandsAreRejectedWithTheMessageName() {
    assertThatThrownBy(() -> FdJobCommand.parse("JobId=x Job=a SDid=1 SDtime=2 Authorization=k\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("FD Job command")
        .hasMessageContaining("JobId=");
    assertThatThrownBy(() -> EndJobReport.parse("2800 End Job TermCode=84 JobFiles=\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("JobFiles=");
    assertThatThrownBy(() -> StorageCommand.parse("storage addr=x port=1 ssl=0\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("storage");
    assertThatThrownBy(() -> FdJobReply.parse("2901 Bad Job\n")).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> LevelCommand.parse("level = since_utime abc mtime_only=0\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("since_utime");
    assertThatThrownBy(() -> BtimeReply.parse("btime \n")).isInstanceOf(ProtocolException.class);
  }
}
