package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.bootstrap.BootstrapVolume;
import org.jbareos.protocol.bootstrap.BsrRange;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.RestoreCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.dirsd.FileAttributesUpdate;
import org.jbareos.protocol.dirsd.FindMediaRequest;
import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.UpdateMediaRequest;
import org.jbareos.protocol.dirsd.UseStorageCommand;
import org.jbareos.protocol.fdsd.ReadRecordHeader;
import org.jbareos.protocol.fdsd.RecordHeader;

/** toWire followed by parse gives the same record back, for random field values (names with spaces are bashed). */
class RoundTripPropertiesTest {

  /** Resource names: letters, digits, punctuation and spaces (sent bashed). */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars(' ', '-', '_', '.', ':', 'ü', '日')
        .ofMinLength(1)
        .ofMaxLength(40);
  }

  /** Words without whitespace: unique job names, keys, volume states. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .withChars('-', '_', '.', '/', '+')
        .ofMinLength(1)
        .ofMaxLength(60);
  }

  @Property
  void sdJobCommand(
      @ForAll @IntRange(min = 0) int jobId,
      @ForAll("words") String job,
      @ForAll("names") String jobName,
      @ForAll("names") String client,
      @ForAll("names") String fileSet,
      @ForAll boolean flag,
      @ForAll @LongRange(min = 0, max = 4294967295L) long sessionId,
      @ForAll @LongRange(min = 0) long quota)
      throws ProtocolException {
    SdJobCommand command =
        new SdJobCommand(
            jobId, job, jobName, client, 'B', 'I', fileSet, flag, !flag, "F8+e/0+9Ki+qby/R8H+UIA", flag, true,
            quota, false, sessionId, sessionId, quota, 0, "Native");
    assertThat(SdJobCommand.parse(command.wireText())).isEqualTo(command);
    assertThat(command.wireText()).endsWith("\n").doesNotContain("\n ");
  }

  @Property
  void reservationAndCatalogRequests(
      @ForAll("names") String storage,
      @ForAll("names") String pool,
      @ForAll("names") String mediaType,
      @ForAll("words") String job,
      @ForAll("names") String volume,
      @ForAll @LongRange(min = 0) long bytes)
      throws ProtocolException {
    UseStorageCommand use = new UseStorageCommand(storage, mediaType, pool, "Backup", true, 0, 0);
    assertThat(UseStorageCommand.parse(use.wireText())).isEqualTo(use);
    FindMediaRequest find = new FindMediaRequest(job, 1, pool, mediaType, "");
    assertThat(FindMediaRequest.parse(find.wireText())).isEqualTo(find);
    UpdateMediaRequest update =
        new UpdateMediaRequest(
            job, volume, 1, 0, 2, bytes, 1, 0, 2, bytes, 1795313351L, "Append", 0, true, false, 0, 21, 0);
    assertThat(UpdateMediaRequest.parse(update.wireText())).isEqualTo(update);
    MediaInfoReply reply =
        new MediaInfoReply(
            volume, 1, 0, 2, bytes, 1, 0, 2, bytes, 0, "Used", 0, 1, 0, false, 0, 405, 0, bytes, 0, 7, "", 0, 0);
    assertThat(MediaInfoReply.parse(reply.wireText())).isEqualTo(reply);
  }

  @Property
  void jobMessages(
      @ForAll("words") String job, @ForAll @IntRange(min = 1, max = 18) int type, @ForAll("names") String text)
      throws ProtocolException {
    JobMessage message = new JobMessage(job, type, 1795313351L, "bareos-sd JobId 1: " + text + "\n");
    assertThat(JobMessage.parse(message.wireText())).isEqualTo(message);
  }

  @Property
  void fileDaemonCommands(
      @ForAll("words") String job,
      @ForAll("words") String key,
      @ForAll @IntRange(min = 1, max = 65535) int port,
      @ForAll("names") String where,
      @ForAll @LongRange(min = 0) long bytes,
      @ForAll boolean tls)
      throws ProtocolException {
    FdJobCommand command = new FdJobCommand(3, job, 3, 1795313292L, key, tls ? 4 : null);
    assertThat(FdJobCommand.parse(command.wireText())).isEqualTo(command);
    StorageCommand storage = new StorageCommand("sd.example.com", port, tls ? 4 : 0, tls ? key : null);
    assertThat(StorageCommand.parse(storage.wireText())).isEqualTo(storage);
    RestoreCommand restore = new RestoreCommand('a', tls, where, false);
    assertThat(RestoreCommand.parse(restore.wireText())).isEqualTo(restore);
    EndJobReport end = new EndJobReport('T', bytes % 100000, bytes, bytes, 0, tls, !tls);
    assertThat(EndJobReport.parse(end.wireText())).isEqualTo(end);
    LevelCommand since = new LevelCommand.SinceTime(bytes, 0, job);
    assertThat(LevelCommand.parse(since.wireText())).isEqualTo(since);
  }

  @Property
  void recordHeaders(
      @ForAll @IntRange(min = 1) int fileIndex,
      @ForAll @IntRange(min = 1, max = 1 << 30) int stream,
      @ForAll @LongRange(min = 0, max = 4294967295L) long length)
      throws ProtocolException {
    RecordHeader header = new RecordHeader(fileIndex, stream);
    assertThat(RecordHeader.parse(header.wireText())).isEqualTo(header);
    ReadRecordHeader rechdr = new ReadRecordHeader(7, 1795313292L, fileIndex, stream, length);
    assertThat(ReadRecordHeader.parse(rechdr.wireText())).isEqualTo(rechdr);
  }

  @Provide
  Arbitrary<EncodedStat> stats() {
    Arbitrary<Long> any = Arbitraries.longs().between(-1L << 40, 1L << 62);
    Arbitrary<Long> small = Arbitraries.longs().between(0, 1L << 32);
    return Combinators.combine(
            Combinators.combine(any, any, small, small, small, small, any, any).as(List::of),
            Combinators.combine(small, small, any, any, any, small, small, small).as(List::of))
        .as(
            (a, b) ->
                new EncodedStat(
                    a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6), a.get(7), b.get(0),
                    b.get(1), b.get(2), b.get(3), b.get(4), b.get(5).intValue(), b.get(6),
                    b.get(7).intValue()));
  }

  @Property
  void attributes(
      @ForAll("stats") EncodedStat stat,
      @ForAll("names") String name,
      @ForAll("words") String link,
      @ForAll @IntRange(min = 1) int fileIndex)
      throws ProtocolException {
    assertThat(EncodedStat.decode(stat.encode())).isEqualTo(stat);
    AttributeRecord record = new AttributeRecord(fileIndex, 4, "/data/" + name, stat, link, "", 0);
    assertThat(AttributeRecord.parse(record.toWire())).isEqualTo(record);
    FileAttributesUpdate update =
        new FileAttributesUpdate("job.1", 1, 1795313292L, fileIndex, 1, record.toWire());
    assertThat(FileAttributesUpdate.parse(update.toWire())).isEqualTo(update);
    assertThat(new String(update.toWire(), StandardCharsets.ISO_8859_1)).startsWith("UpdCat Job=job.1 FileAttributes ");
  }

  @Property
  void bootstraps(
      @ForAll("names") String volume,
      @ForAll @LongRange(min = 0, max = 1L << 40) long start,
      @ForAll @IntRange(min = 1, max = 100000) int files)
      throws ProtocolException {
    BootstrapVolume part =
        new BootstrapVolume(
            "File", volume.strip().isEmpty() ? "V" : volume.strip(), "File", "FileStorage", 0, null,
            List.of(BsrRange.of(1)), List.of(BsrRange.of(1795313292L)), List.of(new BsrRange(start, start + 99)),
            List.of(new BsrRange(1, files)), files);
    Bootstrap bootstrap = new Bootstrap(List.of(part, part));
    assertThat(Bootstrap.parse(bootstrap.lines())).isEqualTo(bootstrap);
  }
}
