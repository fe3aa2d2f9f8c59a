package org.jbareos.protocol.dirsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.Recorded;
import org.jbareos.protocol.TextMessage;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** Every Director↔SD message of the conformance captures parses and formats back to the recorded bytes. */
class DirSdConformanceTest {
  private static final List<String> DIRECTOR = List.of("dir");
  private static final List<String> STORAGE = List.of("sd", "sd2");

  interface Parser {
    TextMessage parse(String wire) throws ProtocolException;
  }

  private static int roundTripAll(List<TranscriptMessage> frames, Parser parser) throws ProtocolException {
    for (TranscriptMessage frame : frames) {
      TextMessage message = parser.parse(frame.text());
      assertThat(message.toWire()).as("%s", frame).isEqualTo(frame.payload());
    }
    return frames.size();
  }

  @Test
  void jobCommandOfEveryCapture() throws ProtocolException {
    List<TranscriptMessage> frames = Recorded.startingWith(DIRECTOR, STORAGE, "JobId=");
    assertThat(roundTripAll(frames, SdJobCommand::parse)).isGreaterThanOrEqualTo(6);
    SdJobCommand full = SdJobCommand.parse(frames.get(0).text());
    assertThat(full.jobId()).isEqualTo(1);
    assertThat(full.job()).isEqualTo("backup-bareos-fd.2026-11-22_02.09.08_03");
    assertThat(full.jobName()).isEqualTo("backup-bareos-fd");
    assertThat(full.clientName()).isEqualTo("bareos-fd");
    assertThat(full.type()).isEqualTo('B');
    assertThat(full.level()).isEqualTo('F');
    assertThat(full.fileSet()).isEqualTo("TestSet");
    assertThat(full.fileSetMd5()).isEqualTo("F8+e/0+9Ki+qby/R8H+UIA");
    assertThat(full.preferMountedVols()).isTrue();
    assertThat(full.noAttr()).isFalse();
    assertThat(full.backupFormat()).isEqualTo(SdJobCommand.NATIVE);
    SdJobCommand restore = SdJobCommand.parse(Recorded.startingWith("dir", "sd", "JobId=3 ").get(0).text());
    assertThat(restore.type()).isEqualTo('R');
    assertThat(restore.level()).isEqualTo(' ');
  }

  @Test
  void jobReplies() throws ProtocolException {
    List<TranscriptMessage> frames = Recorded.startingWith(STORAGE, DIRECTOR, "3000 OK Job ");
    assertThat(roundTripAll(frames, SdJobReply::parse)).isGreaterThanOrEqualTo(6);
    SdJobReply reply = SdJobReply.parse(frames.get(0).text());
    assertThat(reply.volSessionId()).isEqualTo(1);
    assertThat(reply.volSessionTime()).isEqualTo(1795313292L);
    assertThat(reply.authorization()).isEqualTo("NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA");
  }

  @Test
  void secureEraseAndFixedLines() throws ProtocolException {
    List<TranscriptMessage> replies = Recorded.startingWith(STORAGE, DIRECTOR, "2000 OK SDSecureEraseCmd");
    assertThat(roundTripAll(replies, SdSecureEraseReply::parse)).isGreaterThanOrEqualTo(4);
    assertThat(SdSecureEraseReply.parse(replies.get(0).text()).command()).isEqualTo(SdSecureEraseReply.NONE);
    for (TranscriptMessage frame : Recorded.startingWith(DIRECTOR, STORAGE, "getSecureEraseCmd")) {
      assertThat(DirSdLine.GET_SECURE_ERASE_CMD.matches(frame.text())).isTrue();
    }
    for (TranscriptMessage frame : Recorded.startingWith(DIRECTOR, STORAGE, "run")) {
      assertThat(DirSdLine.RUN.toWire()).isEqualTo(frame.payload());
    }
    for (TranscriptMessage frame : Recorded.startingWith(STORAGE, DIRECTOR, "3000 OK bootstrap")) {
      assertThat(DirSdLine.BOOTSTRAP_OK.toWire()).isEqualTo(frame.payload());
    }
    for (TranscriptMessage frame : Recorded.startingWith(DIRECTOR, STORAGE, "1000 OK CreateJobMedia")) {
      assertThat(DirSdLine.CREATE_JOB_MEDIA_OK.toWire()).isEqualTo(frame.payload());
    }
    for (TranscriptMessage frame : Recorded.startingWith(DIRECTOR, STORAGE, "1000 OK DeleteNull")) {
      assertThat(DirSdLine.DELETE_NULL_JOBMEDIA_OK.toWire()).isEqualTo(frame.payload());
    }
    assertThat(DirSdLine.BOOTSTRAP_OK.matches("3000 OK bootstrap")).isFalse();
  }

  @Test
  void reservation() throws ProtocolException {
    List<TranscriptMessage> storages = Recorded.startingWith(DIRECTOR, STORAGE, "use storage=");
    assertThat(roundTripAll(storages, UseStorageCommand::parse)).isGreaterThanOrEqualTo(5);
    UseStorageCommand use = UseStorageCommand.parse(storages.get(0).text());
    assertThat(use).isEqualTo(new UseStorageCommand("File", "File", "Full", "Backup", true, 0, 0));
    assertThat(roundTripAll(Recorded.startingWith(DIRECTOR, STORAGE, "use device="), UseDeviceCommand::parse))
        .isGreaterThanOrEqualTo(5);
    List<TranscriptMessage> replies = Recorded.startingWith(STORAGE, DIRECTOR, "3000 OK use device");
    assertThat(roundTripAll(replies, UseDeviceReply::parse)).isGreaterThanOrEqualTo(5);
    assertThat(UseDeviceReply.parse(replies.get(0).text()).device()).isEqualTo(UseDeviceReply.JUST_IN_TIME);
  }

  @Test
  void statusStartEndAndJobMessages() throws ProtocolException {
    List<TranscriptMessage> status = Recorded.startingWith(STORAGE, DIRECTOR, "Status Job=");
    assertThat(roundTripAll(status, JobStatusMessage::parse)).isGreaterThanOrEqualTo(10);
    assertThat(JobStatusMessage.parse(status.get(0).text()).jobStatus()).isEqualTo('F');
    assertThat(roundTripAll(Recorded.startingWith(STORAGE, DIRECTOR, "3010 Job "), JobStartMessage::parse))
        .isGreaterThanOrEqualTo(4);
    List<TranscriptMessage> ends = Recorded.startingWith(STORAGE, DIRECTOR, "3099 Job ");
    assertThat(roundTripAll(ends, JobEndMessage::parse)).isGreaterThanOrEqualTo(4);
    JobEndMessage end = JobEndMessage.parse(ends.get(0).text());
    assertThat(end)
        .isEqualTo(new JobEndMessage("backup-bareos-fd.2026-11-22_02.09.08_03", 'T', 11, 308506, 0));
  }

  @Test
  void catalogRequestsAndReplies() throws ProtocolException {
    List<TranscriptMessage> requests =
        new ArrayList<>(Recorded.frames("sd", "dir", t -> t.startsWith("CatReq") || t.startsWith("Catreq")));
    requests.addAll(Recorded.frames("sd2", "dir", t -> t.startsWith("CatReq")));
    assertThat(roundTripAll(requests, CatalogRequest::parse)).isGreaterThanOrEqualTo(20);
    for (TranscriptMessage frame : requests) {
      assertThat(DirectorMessageKind.classify(frame.payload())).isEqualTo(DirectorMessageKind.CATALOG_REQUEST);
    }
    assertThat(CatalogRequest.parse(requests.get(0).text()))
        .isEqualTo(new FindMediaRequest("backup-bareos-fd.2026-11-22_02.09.08_03", 1, "Full", "File", ""));
    assertThat(CatalogRequest.parse(requests.get(1).text()))
        .isEqualTo(new GetVolInfoRequest("backup-bareos-fd.2026-11-22_02.09.08_03", "Full-0001", true));
    UpdateMediaRequest update = (UpdateMediaRequest) CatalogRequest.parse(requests.get(2).text());
    assertThat(update.volumeName()).isEqualTo("Full-0001");
    assertThat(update.volBytes()).isEqualTo(205);
    assertThat(update.volStatus()).isEqualTo("Append");
    assertThat(update.relabel()).isTrue();
    assertThat(update.endTime()).isEqualTo(1795313351L);
    CreateJobMediaRequest jobMedia =
        (CreateJobMediaRequest)
            CatalogRequest.parse(
                Recorded.startingWith("sd", "dir", "CatReq Job=backup-bareos-fd.2026-11-22_02.09.08_03 CreateJobMedia FirstIndex=1")
                    .get(0)
                    .text());
    assertThat(jobMedia.lastIndex()).isEqualTo(11);
    assertThat(jobMedia.startBlock()).isEqualTo(205);
    assertThat(jobMedia.endBlock()).isEqualTo(309444);
    assertThat(jobMedia.mediaId()).isEqualTo(1);

    List<TranscriptMessage> media = Recorded.startingWith(DIRECTOR, STORAGE, "1000 OK VolName=");
    assertThat(roundTripAll(media, MediaInfoReply::parse)).isGreaterThanOrEqualTo(15);
    MediaInfoReply first = MediaInfoReply.parse(media.get(0).text());
    assertThat(first.volumeName()).isEqualTo("Full-0001");
    assertThat(first.volStatus()).isEqualTo("Unlabeled");
    assertThat(first.maxVolBytes()).isEqualTo(1073741824L);
    assertThat(first.maxVolJobs()).isEqualTo(1);
    assertThat(first.encryptionKey()).isEmpty();
    assertThat(first.mediaId()).isEqualTo(1);
  }

  @Test
  void jobMessagesFromBothDaemons() throws ProtocolException {
    List<TranscriptMessage> jmsgs = Recorded.startingWith(List.of("sd", "sd2", "fd"), DIRECTOR, "Jmsg ");
    assertThat(roundTripAll(jmsgs, JobMessage::parse)).isGreaterThanOrEqualTo(40);
    JobMessage first = JobMessage.parse(jmsgs.get(0).text());
    assertThat(first.type()).isEqualTo(JobMessage.M_INFO);
    assertThat(first.time()).isEqualTo(1795313351L);
    assertThat(first.text()).isEqualTo("bareos-sd JobId 1: Using just in time reservation for job 1\n");
    assertThat(
            JobMessage.of(
                    "backup-bareos-fd.2026-11-22_02.09.08_03", JobMessage.M_INFO, 1795313351L,
                    "bareos-sd", 1, "Using just in time reservation for job 1\n")
                .toWire())
        .isEqualTo(jmsgs.get(0).payload());
    for (TranscriptMessage frame : jmsgs) {
      assertThat(DirectorMessageKind.classify(frame.payload())).isEqualTo(DirectorMessageKind.JOB_MESSAGE);
    }
  }

  @Test
  void attributeUpdates() throws ProtocolException {
    List<TranscriptMessage> updates = Recorded.startingWith(STORAGE, DIRECTOR, "UpdCat ");
    assertThat(updates).hasSizeGreaterThanOrEqualTo(21);
    for (TranscriptMessage frame : updates) {
      FileAttributesUpdate update = FileAttributesUpdate.parse(frame.payload());
      assertThat(update.toWire()).isEqualTo(frame.payload());
      assertThat(DirectorMessageKind.classify(frame.payload())).isEqualTo(DirectorMessageKind.CATALOG_UPDATE);
    }
    FileAttributesUpdate first = FileAttributesUpdate.parse(updates.get(0).payload());
    assertThat(first.volSessionId()).isEqualTo(1);
    assertThat(first.volSessionTime()).isEqualTo(1795313292L);
    assertThat(first.fileIndex()).isEqualTo(1);
    assertThat(first.stream()).isEqualTo(1);
    assertThat(new String(first.data(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("1 2 /srv/bareos-test/data/empty.dat\0P4A ");
    FileAttributesUpdate digest = FileAttributesUpdate.parse(updates.get(1).payload());
    assertThat(digest.stream()).isEqualTo(3);
    assertThat(digest.data()).hasSize(16);
  }

  @Test
  void everyStorageFrameToTheDirectorIsClassified() {
    // the CRAM-MD5 handshake before "3000 OK Hello" is not read by BgetDirmsg
    for (TranscriptMessage frame :
        Recorded.frames("sd", "dir", t -> !t.startsWith("auth cram-md5 ") && !t.endsWith("\0"))) {
      DirectorMessageKind kind = DirectorMessageKind.classify(frame.payload());
      assertThat(kind).as("%s", frame).isNotIn(DirectorMessageKind.MALFORMED, DirectorMessageKind.OTHER);
      if (Character.isDigit(frame.latin1().charAt(0))) {
        assertThat(kind).isEqualTo(DirectorMessageKind.RESPONSE);
      }
    }
  }
}
