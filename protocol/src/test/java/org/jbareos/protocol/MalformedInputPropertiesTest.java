package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.VerifyDigest;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.RestoreCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.dirsd.CatalogRequest;
import org.jbareos.protocol.dirsd.DirectorMessageKind;
import org.jbareos.protocol.dirsd.FileAttributesUpdate;
import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.fdsd.ReadRecordHeader;
import org.jbareos.protocol.fdsd.RecordHeader;
import org.jbareos.protocol.fileset.FileSetLines;

/**
 * A damaged message (cut short, or one character replaced) either parses or fails with a ProtocolException; no
 * decoder that reads from the network throws anything else.
 */
class MalformedInputPropertiesTest {

  interface Parser {
    void parse(String wire) throws ProtocolException;
  }

  record Sample(String wire, Parser parser) {}

  private static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "JobId=1 job=backup-bareos-fd.2026-11-22_02.09.08_03 job_name=backup-bareos-fd client_name=bareos-fd"
                  + " type=66 level=70 FileSet=TestSet NoAttr=0 SpoolAttr=0 FileSetMD5=F8+e/0+9Ki+qby/R8H+UIA"
                  + " SpoolData=0 PreferMountedVols=1 SpoolSize=0 rerunning=0 VolSessionId=0 VolSessionTime=0"
                  + " Quota=0 Protocol=0 BackupFormat=Native\n",
              SdJobCommand::parse),
          new Sample(
              "1000 OK VolName=Full-0001 VolJobs=0 VolFiles=0 VolBlocks=0 VolBytes=0 VolMounts=0 VolErrors=0"
                  + " VolWrites=0 MaxVolBytes=1073741824 VolCapacityBytes=0 VolStatus=Unlabeled Slot=0 MaxVolJobs=1"
                  + " MaxVolFiles=0 InChanger=0 VolReadTime=0 VolWriteTime=0 EndFile=0 EndBlock=0 LabelType=0"
                  + " MediaId=1 EncryptionKey= MinBlocksize=0 MaxBlocksize=0\n",
              MediaInfoReply::parse),
          new Sample(
              "CatReq Job=j.1 UpdateMedia VolName=Full-0001 VolJobs=0 VolFiles=0 VolBlocks=1 VolBytes=205"
                  + " VolMounts=0 VolErrors=0 VolWrites=1 MaxVolBytes=1073741824 EndTime=1795313351 VolStatus=Append"
                  + " Slot=0 relabel=1 InChanger=0 VolReadTime=0 VolWriteTime=21 VolFirstWritten=0\n",
              CatalogRequest::parse),
          new Sample(
              "Jmsg Job=j.1 type=6 level=1795313351 bareos-sd JobId 1: Using just in time reservation\n",
              JobMessage::parse),
          new Sample("JobId=1 Job=j.1 SDid=1 SDtime=1795313292 Authorization=NLOG-BLBP ssl=4\n", FdJobCommand::parse),
          new Sample("level = since_utime 1795313350 mtime_only=0 prev_job=j.0\n", LevelCommand::parse),
          new Sample("storage address=127.0.0.1 port=19103 ssl=0 Authorization=KEY\n", StorageCommand::parse),
          new Sample("restore replace=a prelinks=0 where=/tmp/bareos-restores\n", RestoreCommand::parse),
          new Sample(
              "2800 End Job TermCode=84 JobFiles=11 ReadBytes=307276 JobBytes=307276 Errors=0 VSS=0 Encrypt=0\n",
              EndJobReport::parse),
          new Sample("rechdr 1 1795313292 4 2 262144", ReadRecordHeader::parse),
          new Sample("4 2 0", RecordHeader::parse),
          new Sample("1 3 H6phOIkGxb2lOmvt4nnBsg *MD5-1*", VerifyDigest::parse),
          new Sample(
              "2 3 /srv/tape_options\0P4A F8db IGk B A A A b BAA I BrAk53 BeDV2l BrAk53 A A C\0\0\0000\0",
              wire -> AttributeRecord.parse(wire.getBytes(StandardCharsets.UTF_8))),
          new Sample(
              "Volume=\"Full-0001\"\nMediaType=\"File\"\nVolSessionId=1\nVolAddr=205-309444\nFileIndex=1-11\nCount=11\n",
              Bootstrap::parse),
          new Sample("I\nO MHAX\nN\nF /srv/data\nN\nN\n", wire -> FileSetLines.parse(List.of(wire.split("(?<=\n)")))),
          new Sample(
              "UpdCat Job=j.1 FileAttributes \0\0\0\1k\2N\u008c\0\0\0\1\0\0\0\3\0\0\0\2ab",
              wire -> {
                FileAttributesUpdate.parse(wire.getBytes(StandardCharsets.ISO_8859_1));
                DirectorMessageKind.classify(wire.getBytes(StandardCharsets.ISO_8859_1));
              }));

  @Property(tries = 3000)
  void damagedMessagesFailOnlyWithProtocolException(
      @ForAll @IntRange(min = 0, max = 15) int which,
      @ForAll @IntRange(min = 0, max = 400) int position,
      @ForAll @CharRange(from = 0, to = 0x7f) char replacement,
      @ForAll boolean cut) {
    Sample sample = SAMPLES.get(which);
    String wire = sample.wire();
    int at = position % (wire.length() + 1);
    String damaged =
        cut ? wire.substring(0, at) : at < wire.length() ? wire.substring(0, at) + replacement + wire.substring(at + 1) : wire;
    assertThatCode(
            () -> {
              try {
                sample.parser().parse(damaged);
              } catch (ProtocolException expected) {
                // a clear refusal is the other allowed outcome
              }
            })
        .doesNotThrowAnyException();
  }
}
