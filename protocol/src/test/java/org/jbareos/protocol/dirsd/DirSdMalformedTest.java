package org.jbareos.protocol.dirsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.junit.jupiter.api.Test;

/** Malformed Director↔SD messages fail with a ProtocolException that names the message and what was expected. */
class DirSdMalformedTest {
  private static final String JOB =
      "JobId=1 job=j.1 job_name=j client_name=c type=66 level=70 FileSet=S NoAttr=0 SpoolAttr=0 FileSetMD5=x"
          + " SpoolData=0 PreferMountedVols=1 SpoolSize=0 rerunning=0 VolSessionId=0 VolSessionTime=0 Quota=0"
          + " Protocol=0 BackupFormat=Native\n";

  @Test
  void jobCommandNeedsAllNineteenFields() throws ProtocolException {
    assertThat(SdJobCommand.parse(JOB).jobName()).isEqualTo("j");
    assertThatThrownBy(() -> SdJobCommand.parse(JOB.substring(0, JOB.indexOf(" Quota="))))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("SD Job command")
        .hasMessageContaining("Quota=");
    assertThatThrownBy(() -> SdJobCommand.parse(JOB.replace("type=66", "type=B")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("a number for type=");
    assertThatThrownBy(() -> SdJobCommand.parse(JOB.replace("SpoolSize=0", "SpoolSize=big")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("SpoolSize=");
    assertThatThrownBy(() -> SdJobCommand.parse("jobid=1 " + JOB.substring(8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("expected 'JobId='");
  }

  @Test
  void repliesWithWrongPrefixOrMissingNumbers() {
    assertThatThrownBy(() -> SdJobReply.parse("3915 Bad Job command. stat=3 CMD: x\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("SD Job reply");
    assertThatThrownBy(() -> JobEndMessage.parse("3099 Job j end JobStatus=84 JobFiles=x JobBytes=0 JobErrors=0\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("JobFiles=");
    assertThatThrownBy(() -> JobStatusMessage.parse("Status Job=j\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("JobStatus=");
    assertThatThrownBy(() -> UseDeviceReply.parse("3924 Device \"x\" not in SD Device resources\n"))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> SdSecureEraseReply.parse("2000 OK FDSecureEraseCmd *None*\n"))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void mediaReplyNeedsAllTwentyFourFields() {
    String reply =
        "1000 OK VolName=Full-0001 VolJobs=0 VolFiles=0 VolBlocks=0 VolBytes=0 VolMounts=0 VolErrors=0 VolWrites=0"
            + " MaxVolBytes=1073741824 VolCapacityBytes=0 VolStatus=Unlabeled Slot=0 MaxVolJobs=1 MaxVolFiles=0"
            + " InChanger=0 VolReadTime=0 VolWriteTime=0 EndFile=0 EndBlock=0 LabelType=0 MediaId=1 EncryptionKey=";
    assertThatThrownBy(() -> MediaInfoReply.parse(reply + "\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("Media record reply")
        .hasMessageContaining("MinBlocksize=");
  }

  @Test
  void unknownCatalogRequestsAndErrorReplies() throws ProtocolException {
    assertThatThrownBy(() -> CatalogRequest.parse("CatReq Job=j Frobnicate=1\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("Invalid Catalog Request");
    CatalogErrorReply error = CatalogErrorReply.volumeNotInCatalog("Full-0009");
    assertThat(error.wireText()).isEqualTo("1997 Volume \"Full-0009\" not in catalog.\n");
    assertThat(CatalogErrorReply.parse(error.wireText())).isEqualTo(error);
    assertThat(CatalogErrorReply.volumeStatus("V", "Error", "but should be Append, Purged or Recycle").wireText())
        .isEqualTo("1998 Volume \"V\" catalog status is Error, but should be Append, Purged or Recycle.\n");
    assertThatThrownBy(() -> CatalogErrorReply.parse("1000 OK VolName=x"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("19nn");
  }

  @Test
  void truncatedOrForeignUpdCat() {
    byte[] text = "UpdCat Job=j FileAttributes ".getBytes(StandardCharsets.US_ASCII);
    byte[] shortHeader = ByteBuffer.allocate(text.length + 8).put(text).putInt(1).putInt(2).array();
    assertThatThrownBy(() -> FileAttributesUpdate.parse(shortHeader))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("cut short");
    byte[] badLength =
        ByteBuffer.allocate(text.length + 22).put(text).putInt(1).putInt(2).putInt(3).putInt(1).putInt(5)
            .put(new byte[2]).array();
    assertThatThrownBy(() -> FileAttributesUpdate.parse(badLength))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("data_len says 5");
    assertThatThrownBy(() -> FileAttributesUpdate.parse("UpdCat Job=j Other ".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("FileAttributes");
  }

  @Test
  void blastAttr() throws ProtocolException {
    BlastAttrRequest request = new BlastAttrRequest("j.1", "/var/lib/bareos/bareos-sd.j.1.attr spool");
    assertThat(request.wireText()).isEqualTo("BlastAttr Job=j.1 File=/var/lib/bareos/bareos-sd.j.1.attr\u0001spool\n");
    assertThat(BlastAttrRequest.parse(request.wireText())).isEqualTo(request);
    assertThat(DirectorMessageKind.classify(request.toWire())).isEqualTo(DirectorMessageKind.BLAST_ATTR);
    assertThatThrownBy(() -> BlastAttrRequest.parse("BlastAttr Job=j.1\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("File=");
  }

  @Test
  void classificationFollowsBgetDirmsg() {
    assertThat(DirectorMessageKind.classify(bytes("3000 OK use device device=x\n")))
        .isEqualTo(DirectorMessageKind.RESPONSE);
    assertThat(DirectorMessageKind.classify(bytes("Jmsg Job=j type=6 level=1 hi\n")))
        .isEqualTo(DirectorMessageKind.JOB_MESSAGE);
    assertThat(DirectorMessageKind.classify(bytes("Catreq Job=j UpdateFileList\n")))
        .isEqualTo(DirectorMessageKind.CATALOG_REQUEST);
    assertThat(DirectorMessageKind.classify(bytes("BlastAttr Job=j File=/tmp/x\n")))
        .isEqualTo(DirectorMessageKind.BLAST_ATTR);
    assertThat(DirectorMessageKind.classify(bytes("Status Job=j JobStatus=82\n")))
        .isEqualTo(DirectorMessageKind.STATUS);
    assertThat(DirectorMessageKind.classify(bytes("Hello there\n"))).isEqualTo(DirectorMessageKind.MALFORMED);
    assertThat(DirectorMessageKind.classify(new byte[0])).isEqualTo(DirectorMessageKind.MALFORMED);
    assertThat(DirectorMessageKind.classify(bytes("Xyz Job=j something\n"))).isEqualTo(DirectorMessageKind.OTHER);
    assertThat(DirectorMessageKind.classify(bytes("ThisWordIsLongerThanTwenty Job=j\n")))
        .isEqualTo(DirectorMessageKind.MALFORMED);
    // the wait for an answer tests only this, and hands the rest on to be classified once
    assertThat(DirectorMessageKind.isResponse(bytes("3099 Job j end JobStatus=84 JobFiles=1\n"))).isTrue();
    assertThat(DirectorMessageKind.isResponse(bytes("Jmsg Job=j type=6 level=1 hi\n"))).isFalse();
    assertThat(DirectorMessageKind.isResponse(new byte[0])).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
