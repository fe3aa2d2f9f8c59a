package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.dirfd.BackupCommand;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobReply;
import org.jbareos.protocol.dirfd.FdSecureEraseReply;
import org.jbareos.protocol.dirfd.FilesetCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.RestoreCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.dirsd.CatalogRequest;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.JobStartMessage;
import org.jbareos.protocol.dirsd.JobStatusMessage;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.SdSecureEraseReply;
import org.jbareos.protocol.dirsd.UseDeviceCommand;
import org.jbareos.protocol.dirsd.UseDeviceReply;
import org.jbareos.protocol.dirsd.UseStorageCommand;
import org.jbareos.protocol.fdsd.AppendCloseCommand;
import org.jbareos.protocol.fdsd.AppendDataCommand;
import org.jbareos.protocol.fdsd.AppendEndCommand;
import org.jbareos.protocol.fdsd.CloseStatusReply;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.OpenTicketReply;
import org.jbareos.protocol.fdsd.ReadCloseCommand;
import org.jbareos.protocol.fdsd.ReadDataCommand;
import org.jbareos.protocol.fdsd.ReadOpenCommand;
import org.jbareos.protocol.fdsd.ReadRecordHeader;
import org.jbareos.protocol.fdsd.RecordHeader;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The whole lines of the seed's "Backup of a Single File" and "Restore of a Single File" detailed diagrams (Bareos
 * 19.1.2) parse and format back. The seed's network dump prints {@code (  len) text} and shows a final {@code \n} of
 * the message as a space; lines it cut short (text shorter than len) are skipped.
 */
class SeedDiagramTest {
  private static final Pattern LINE = Pattern.compile("^\\s*\"?([^\"]+?)\"? -> \"?([^\":]+?)\"?: \\(\\s*(-?\\d+)\\) (.*)\\\\n$");

  interface Parser {
    TextMessage parse(String wire) throws ProtocolException;
  }

  private static final Map<String, Parser> PARSERS = new LinkedHashMap<>();

  static {
    PARSERS.put("3000 OK Job SDid=", SdJobReply::parse);
    PARSERS.put("2000 OK SDSecureEraseCmd", SdSecureEraseReply::parse);
    PARSERS.put("2000 OK FDSecureEraseCmd", FdSecureEraseReply::parse);
    PARSERS.put("use storage=", UseStorageCommand::parse);
    PARSERS.put("use device=", UseDeviceCommand::parse);
    PARSERS.put("3000 OK use device", UseDeviceReply::parse);
    PARSERS.put("Status Job=", JobStatusMessage::parse);
    PARSERS.put("3010 Job ", JobStartMessage::parse);
    PARSERS.put("3099 Job ", JobEndMessage::parse);
    PARSERS.put("CatReq ", CatalogRequest::parse);
    PARSERS.put("2000 OK Job ", FdJobReply::parse);
    PARSERS.put("level = ", LevelCommand::parse);
    PARSERS.put("fileset", FilesetCommand::parse);
    PARSERS.put("storage address=", StorageCommand::parse);
    PARSERS.put("backup FileIndex=", BackupCommand::parse);
    PARSERS.put("2800 End Job", EndJobReport::parse);
    PARSERS.put("restore replace=", RestoreCommand::parse);
    PARSERS.put("3000 OK open ticket", OpenTicketReply::parse);
    PARSERS.put("append data ", AppendDataCommand::parse);
    PARSERS.put("append end session", AppendEndCommand::parse);
    PARSERS.put("append close session", AppendCloseCommand::parse);
    PARSERS.put("3000 OK close Status", CloseStatusReply::parse);
    PARSERS.put("read open session", ReadOpenCommand::parse);
    PARSERS.put("read data ", ReadDataCommand::parse);
    PARSERS.put("rechdr ", ReadRecordHeader::parse);
    PARSERS.put("read close session", ReadCloseCommand::parse);
  }

  private static final List<FixedLine> FIXED =
      List.of(
          DirSdLine.GET_SECURE_ERASE_CMD, DirSdLine.RUN, DirSdLine.BOOTSTRAP, DirSdLine.BOOTSTRAP_OK,
          DirSdLine.HELLO_OK, DirSdLine.CREATE_JOB_MEDIA_OK, DirFdLine.LEVEL_OK, DirFdLine.INCLUDE_OK,
          DirFdLine.STORAGE_OK, DirFdLine.BACKUP_OK, DirFdLine.RESTORE_OK, DirFdLine.STORAGE_END_OK,
          DirFdLine.END_RESTORE, DirFdLine.HELLO_OK, FdSdLine.APPEND_OPEN_SESSION, FdSdLine.DATA_OK,
          FdSdLine.APPEND_DATA_OK, FdSdLine.END_OK);

  /** The complete message texts of the two detailed diagrams. */
  static List<String> seedMessages() throws IOException {
    List<String> lines =
        Files.readAllLines(SharedData.seed("002_087de0db70e34b47.txt"), StandardCharsets.UTF_8);
    List<String> messages = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.startsWith("Detailed Diagram")) {
        inside = line.equals("Detailed Diagram") || line.equals("Detailed Diagram single file restore");
      }
      Matcher m = LINE.matcher(line);
      if (!inside || !m.matches()) {
        continue;
      }
      int length = Integer.parseInt(m.group(3));
      String text = m.group(4);
      if (length < 0 || text.length() != length) {
        continue;
      }
      messages.add(text.endsWith(" ") ? text.substring(0, text.length() - 1) + "\n" : text);
    }
    return messages;
  }

  @Test
  void everyWholeSeedLineOfAKnownKindRoundTrips() throws IOException, ProtocolException {
    List<String> messages = seedMessages();
    int parsed = 0;
    int fixed = 0;
    for (String message : messages) {
      for (Map.Entry<String, Parser> kind : PARSERS.entrySet()) {
        if (message.startsWith(kind.getKey())) {
          assertThat(kind.getValue().parse(message).wireText()).as(kind.getKey()).isEqualTo(message);
          parsed++;
          break;
        }
      }
      if (message.matches("\\d+ \\d+ 0")) {
        assertThat(RecordHeader.parse(message).wireText()).isEqualTo(message);
        parsed++;
      }
      for (FixedLine line : FIXED) {
        if (line.matches(message)) {
          fixed++;
        }
      }
    }
    assertThat(parsed).isGreaterThanOrEqualTo(35);
    assertThat(fixed).isGreaterThanOrEqualTo(15);
  }

  @Test
  void seedValuesThatMatter() throws IOException, ProtocolException {
    List<String> messages = seedMessages();
    assertThat(messages).contains("level = full  mtime_only=0 \n", "2000 OK SDSecureEraseCmd *None* \n", "run");
    assertThat(StorageCommand.parse("storage address=localhost port=8103 ssl=4 \n"))
        .isEqualTo(new StorageCommand("localhost", 8103, 4, null));
    String restoreStorage =
        messages.stream().filter(m -> m.startsWith("storage address=") && m.contains("Authorization")).findFirst()
            .orElseThrow();
    assertThat(StorageCommand.parse(restoreStorage).authorization())
        .isEqualTo("DCHL-DBLN-DPFH-KPEE-BKCO-ADNL-NGIK-KEDM");
    String rechdr = messages.stream().filter(m -> m.startsWith("rechdr ")).findFirst().orElseThrow();
    assertThat(ReadRecordHeader.parse(rechdr)).isEqualTo(new ReadRecordHeader(1, 1562050726L, 1, 1, 123));
    String end = messages.stream().filter(m -> m.startsWith("2800 End Job")).findFirst().orElseThrow();
    assertThat(EndJobReport.parse(end)).isEqualTo(new EndJobReport('T', 1, 27, 27, 0, false, false));
  }
}
