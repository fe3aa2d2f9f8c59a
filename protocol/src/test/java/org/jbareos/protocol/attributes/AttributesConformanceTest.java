package org.jbareos.protocol.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.Recorded;
import org.jbareos.protocol.dirsd.FileAttributesUpdate;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** Attribute records, encoded stats and digests of the captures, both ways. */
class AttributesConformanceTest {

  /** Attribute record frames: FD→SD (backup), SD→FD (restore, verify), SD→SD2 (copy). */
  private static List<TranscriptMessage> attributeFrames() {
    return Recorded.daemons()
        .flatMap(from -> Recorded.daemons().map(to -> List.of(from, to)))
        .filter(pair -> !pair.get(0).equals("dir") && !pair.get(1).equals("dir"))
        .flatMap(
            pair -> Recorded.frames(pair.get(0), pair.get(1), t -> t.matches("(?s)\\d+ \\d+ /.*\0.*")).stream())
        .toList();
  }

  @Test
  void everyRecordedAttributeRecordRoundTrips() throws ProtocolException {
    List<TranscriptMessage> frames = attributeFrames();
    // 11 full + 3 incremental + 11 restore + 3 verify + 11 copy
    assertThat(frames).hasSize(39);
    for (TranscriptMessage frame : frames) {
      AttributeRecord record = AttributeRecord.parse(frame.payload());
      assertThat(record.toWire()).as("%s", frame).isEqualTo(frame.payload());
      assertThat(record.type()).isNotNull();
    }
  }

  @Test
  void attributeRecordsInsideUpdCat() throws ProtocolException {
    for (TranscriptMessage frame : Recorded.startingWith("sd", "dir", "UpdCat ")) {
      FileAttributesUpdate update = FileAttributesUpdate.parse(frame.payload());
      if (update.stream() == 1) {
        AttributeRecord record = AttributeRecord.parse(update.data());
        assertThat(record.fileIndex()).isEqualTo(update.fileIndex());
        assertThat(record.toWire()).isEqualTo(update.data());
        // what the Director stores: the recorded stat text as it is
        AttributeRecord.Fields fields = AttributeRecord.fields(update.data());
        assertThat(fields.encodedStat()).isEqualTo(record.stat().encode());
        assertThat(fields.decoded()).isEqualTo(record);
      } else {
        Digest digest = Digest.fromRecord(update.stream(), update.data());
        assertThat(digest.toWire()).isEqualTo(update.data());
      }
    }
  }

  @Test
  void fieldsOfKnownFiles() throws ProtocolException {
    byte[] tapeOptions =
        "2 3 /srv/bareos-test/data/tape_options\0P4A F8db IGk B A A A b BAA I BrAk53 BeDV2l BrAk53 A A C\0\0\0000\0"
            .getBytes(StandardCharsets.UTF_8);
    AttributeRecord record = AttributeRecord.parse(tapeOptions);
    assertThat(record.fileIndex()).isEqualTo(2);
    assertThat(record.type()).isEqualTo(FileType.REG);
    assertThat(record.fileName()).isEqualTo("/srv/bareos-test/data/tape_options");
    EncodedStat stat = record.stat();
    assertThat(stat.mode()).isEqualTo(0100644);
    assertThat(stat.nlink()).isEqualTo(1);
    assertThat(stat.uid()).isZero();
    assertThat(stat.size()).isEqualTo(27);
    assertThat(stat.blksize()).isEqualTo(4096);
    assertThat(stat.blocks()).isEqualTo(8);
    assertThat(stat.mtime()).isEqualTo(1577934245L); // 2020-01-02 03:04:05 UTC
    assertThat(stat.dataStream()).isEqualTo(2);
    assertThat(record.link()).isEmpty();
    assertThat(record.deltaSeq()).isZero();

    AttributeRecord link =
        AttributeRecord.parse(
            "9 4 /srv/bareos-test/data/link-to-tape_options\0P4A F8dh KH/ B A A A M BAA A BrAk53 BeDV2l BrAk53 A A C\0tape_options\0\0000\0"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(link.type()).isEqualTo(FileType.LNK);
    assertThat(link.type().hasLink()).isTrue();
    assertThat(link.link()).isEqualTo("tape_options");
    assertThat(link.stat().mode()).isEqualTo(0120777);
  }

  @Test
  void seedEncodedStat() throws ProtocolException {
    // seed 002 and PROTOCOL.md §7.3: P0D BJAEy IG0 B Po Po A b BAA I BdGwCZ ...
    EncodedStat stat = EncodedStat.decode("P0D BJAEy IG0 B Po Po A b BAA I BdGwCZ BdGwCZ BdGwCZ A A C");
    assertThat(stat.dev()).isEqualTo(64771);
    assertThat(stat.mode()).isEqualTo(0100664);
    assertThat(stat.uid()).isEqualTo(1000);
    assertThat(stat.gid()).isEqualTo(1000);
    assertThat(stat.size()).isEqualTo(27);
    assertThat(stat.encode()).isEqualTo("P0D BJAEy IG0 B Po Po A b BAA I BdGwCZ BdGwCZ BdGwCZ A A C");
  }

  @Test
  void legacyShortStatsDecode() throws ProtocolException {
    EncodedStat thirteen = EncodedStat.decode("P0D BJAEy IG0 B Po Po A b BAA I BdGwCZ BdGwCZ BdGwCZ");
    assertThat(thirteen.linkFi()).isZero();
    assertThat(thirteen.dataStream()).isZero();
    assertThat(thirteen.encode()).isEqualTo("P0D BJAEy IG0 B Po Po A b BAA I BdGwCZ BdGwCZ BdGwCZ A A A");
    assertThat(EncodedStat.decode("A A A A A A A A A A A A A F").linkFi()).isEqualTo(5);
  }

  @Test
  void digestsBinaryOnTheWireBase64InTheCatalog() throws ProtocolException {
    Digest empty = Digest.fromRecord(3, HexFormat.of().parseHex("d41d8cd98f00b204e9800998ecf8427e"));
    assertThat(empty.toCatalog()).isEqualTo("1B2M2Y8AsgTpgAmY7PhCfg");
    assertThat(Digest.fromCatalog(DigestAlgorithm.MD5, "1B2M2Y8AsgTpgAmY7PhCfg")).isEqualTo(empty);
    assertThatThrownBy(() -> Digest.fromRecord(2, new byte[16])).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> Digest.fromRecord(3, new byte[15])).isInstanceOf(ProtocolException.class);
  }

  @Test
  void verifyLinesOfTheCapture() throws ProtocolException {
    List<TranscriptMessage> digests = Recorded.frames("fd", "dir", t -> t.matches("\\d+ 3 \\S+ \\*MD5-\\d+\\*"));
    assertThat(digests).hasSize(2);
    for (TranscriptMessage frame : digests) {
      assertThat(VerifyDigest.parse(frame.text()).toWire()).isEqualTo(frame.payload());
    }
    VerifyDigest first = VerifyDigest.parse(digests.get(0).text());
    assertThat(first.digest().value())
        .isEqualTo(HexFormat.of().parseHex("1faa61388906c5bda53a6bede279c1b2"));
    List<TranscriptMessage> attributes = Recorded.frames("fd", "dir", t -> t.matches("(?s)\\d+ 1 pinsug5 .*"));
    assertThat(attributes).hasSize(3);
    for (TranscriptMessage frame : attributes) {
      VerifyAttributes verify = VerifyAttributes.parse(frame.payload());
      assertThat(verify.toWire()).isEqualTo(frame.payload());
      assertThat(verify.verifyOptions()).isEqualTo("pinsug5");
    }
  }

  @Test
  void malformedAttributes() throws ProtocolException {
    assertThatThrownBy(() -> AttributeRecord.parse("x 3 /a\0A A A A A A A A A A A A A A A C\0\0\0000\0".getBytes()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("FileIndex");
    assertThatThrownBy(() -> AttributeRecord.parse("1 3 /a".getBytes()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("attribute record");
    // the fields leave the stat to whoever decodes it
    AttributeRecord.Fields shortStat = AttributeRecord.fields("1 3 /a\0A A A\0\0\0000\0".getBytes());
    assertThat(shortStat.encodedStat()).isEqualTo("A A A");
    assertThat(shortStat.fileName()).isEqualTo("/a");
    assertThatThrownBy(shortStat::decoded).isInstanceOf(ProtocolException.class).hasMessageContaining("13 to 16");
    assertThatThrownBy(() -> EncodedStat.decode("A A A"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("13 to 16");
    assertThatThrownBy(() -> EncodedStat.decode("A A A A A A A A A A A A A! A A A"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("not a base64 number");
  }
}
