package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Serialization primitives and label layouts (PROTOCOL.md §8, {@code lib/serial.h}, {@code stored/label.cc}). */
class LabelCodecTest {

  @Test
  void primitivesAreBigEndianAndStringsNulTerminated() {
    byte[] b = new SerialOutput().uint32(0x01020304L).int64(0x0A0B0C0D0E0F1011L).float64(1.0).string("ab")
        .toByteArray();
    assertThat(b).containsExactly(1, 2, 3, 4, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11,
        0x3F, 0xF0 - 256, 0, 0, 0, 0, 0, 0, 'a', 'b', 0);
  }

  @Test
  void serialInputRoundTripsAndReportsWhereDataEnds() throws Exception {
    byte[] b = new SerialOutput().uint32(0xFFFF_FFFFL).btime(-5).float64(2.5).string("x y").toByteArray();
    SerialInput in = new SerialInput(b);
    assertThat(in.uint32("a")).isEqualTo(0xFFFF_FFFFL);
    assertThat(in.btime("b")).isEqualTo(-5);
    assertThat(in.float64("c")).isEqualTo(2.5);
    assertThat(in.string("d")).isEqualTo("x y");
    assertThat(in.remaining()).isZero();
    assertThatThrownBy(() -> in.int32("JobId")).isInstanceOf(LabelFormatException.class)
        .hasMessageContaining("JobId").hasMessageContaining("at label byte " + b.length);
    SerialInput noNul = new SerialInput("abc".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> noNul.string("PoolName")).hasMessageContaining("PoolName has no terminating NUL");
  }

  @Test
  void volumeLabelLayoutMatchesProtocol() {
    VolumeLabel l = TestVolumes.label("Full-0001");
    byte[] b = l.encode();
    int p = 0;
    assertThat(new String(b, 0, 20, StandardCharsets.US_ASCII)).isEqualTo("Bareos 2.0 immortal\n");
    p += 21;
    assertThat(b[20]).isZero();
    assertThat(BlockHeader.getInt(b, p)).isEqualTo(20);
    p += 4;
    assertThat(((long) BlockHeader.getInt(b, p) << 32) | BlockHeader.u32(b, p + 4)).isEqualTo(l.labelBtime());
    p += 8 + 8;
    assertThat(Arrays.copyOfRange(b, p, p + 16)).containsOnly(0);
    p += 16;
    assertThat(new String(b, p, 10, StandardCharsets.US_ASCII)).isEqualTo("Full-0001\0");
  }

  @Test
  void wrongIdOrVersionIsRefused() {
    byte[] bad = TestVolumes.label("V").encode();
    bad[0] = 'b';
    assertThatThrownBy(() -> VolumeLabel.decode(LabelType.VOL_LABEL, bad)).isInstanceOf(LabelFormatException.class)
        .hasMessageContaining("label Id");
    byte[] v19 = TestVolumes.label("V").encode();
    v19[24] = 19;
    assertThatThrownBy(() -> VolumeLabel.decode(LabelType.VOL_LABEL, v19)).hasMessageContaining("VerNum is 19");
    assertThatThrownBy(() -> Label.decode(3, v19)).hasMessageContaining("not a label");
  }

  @Test
  void preLabelIsAcceptedOnRead() throws Exception {
    byte[] b = TestVolumes.label("Pre-0001").encode();
    Label l = Label.decode(LabelType.PRE_LABEL.fileIndex(), b);
    assertThat(l).isInstanceOf(VolumeLabel.class);
    assertThat(l.type()).isEqualTo(LabelType.PRE_LABEL);
    assertThat(((VolumeLabel) l).volumeName()).isEqualTo("Pre-0001");
  }

  @Test
  void eosAddsTotalsToTheSosLayout() throws Exception {
    SessionLabel sos = TestVolumes.sos(7);
    SessionLabel eos = TestVolumes.eos(sos, 11);
    byte[] s = sos.encode();
    byte[] e = eos.encode();
    assertThat(e.length).isEqualTo(s.length + 4 + 8 + 4 * 6);
    assertThat(Label.decode(LabelType.SOS_LABEL.fileIndex(), s)).isEqualTo(sos);
    assertThat(Label.decode(LabelType.EOS_LABEL.fileIndex(), e)).isEqualTo(eos);
    assertThat(BlockHeader.getInt(e, e.length - 4)).isEqualTo('T');
    assertThat(BlockHeader.getInt(s, 25)).isEqualTo(7);
    assertThatThrownBy(() -> SessionLabel.decode(LabelType.EOS_LABEL, s)).isInstanceOf(LabelFormatException.class)
        .hasMessageContaining("JobFiles");
  }

  @Property
  void sessionLabelsRoundTrip(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long jobId, @ForAll long btime,
      @ForAll @AlphaChars @StringLength(max = 40) String name, @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long n,
      @ForAll long bytes) throws Exception {
    SessionLabel sos = SessionLabel.startOfSession(jobId, btime, name, "Backup", name + "-job", "c", name + ".2026",
        "fs", 'B', 'I', "**Dummy**");
    SessionLabel eos = sos.endOfSession(btime + 1, new SessionLabel.Totals(n, bytes, n, n, 0, 0, n, 'T'));
    assertThat(SessionLabel.decode(LabelType.SOS_LABEL, sos.encode())).isEqualTo(sos);
    assertThat(SessionLabel.decode(LabelType.EOS_LABEL, eos.encode())).isEqualTo(eos);
  }

  @Property
  void volumeLabelsRoundTrip(@ForAll long labelTime, @ForAll long writeTime,
      @ForAll @StringLength(max = 60) String text) throws Exception {
    String name = text.replace('\0', '_');
    VolumeLabel l = VolumeLabel.of(labelTime, writeTime, name, name, "Backup", "File", name, "bareos-sd", "Ver. x",
        "Build y");
    VolumeLabel back = VolumeLabel.decode(LabelType.VOL_LABEL, l.encode());
    if (name.equals(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
      assertThat(back).isEqualTo(l);
    } else {
      assertThat(back.labelBtime()).isEqualTo(labelTime);
    }
  }
}
