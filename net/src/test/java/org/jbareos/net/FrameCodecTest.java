package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

  private static final List<Packet> SAMPLE = List.of(
      Packet.text("Hello Director bareos-dir calling\n"),
      new Packet.Message(new byte[0]),
      new Packet.SignalPacket(Signal.EOD),
      Packet.text("HGNfxB/Gt8dW34hAkS+I8A\0"),
      new Packet.SignalPacket(-99),
      new Packet.SignalPacket(Signal.TERMINATE));

  static byte[] encode(List<Packet> packets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameWriter writer = new FrameWriter(out);
    for (Packet p : packets) {
      switch (p) {
        case Packet.Message m -> writer.writeMessage(m.payload());
        case Packet.SignalPacket s -> writer.writeSignal(s.value());
      }
    }
    return out.toByteArray();
  }

  static List<Packet> decodeAll(InputStream in, int count) throws IOException {
    FrameReader reader = new FrameReader(in, "test-peer");
    List<Packet> packets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      packets.add(reader.read());
    }
    return packets;
  }

  @Test
  void headerLayoutIsBigEndianSigned() throws IOException {
    assertThat(encode(List.of(Packet.text("run")))).containsExactly(0, 0, 0, 3, 'r', 'u', 'n');
    assertThat(encode(List.of(new Packet.SignalPacket(Signal.EOD)))).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
    assertThat(encode(List.of(new Packet.SignalPacket(Signal.TERMINATE)))).containsExactly(0xFF, 0xFF, 0xFF, 0xFC);
    assertThat(encode(List.of(new Packet.Message(new byte[0])))).containsExactly(0, 0, 0, 0);
  }

  @Test
  void eachFrameIsOneWriteCall() throws IOException {
    List<Integer> writes = new ArrayList<>();
    var out = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        writes.add(1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes.add(len);
      }
    };
    FrameWriter writer = new FrameWriter(out);
    writer.writeMessage("Hello Director bareos-dir calling\n".getBytes(StandardCharsets.US_ASCII));
    writer.writeSignal(Signal.EOD);
    writer.writeMessage(new byte[70_000]);
    assertThat(writes).containsExactly(38, 4, 70_004);
  }

  @Test
  void gatheredFramesAreTheSameBytesInFewerWrites() throws IOException {
    List<Packet> packets = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      packets.add(Packet.text(i + " 1 0"));
      packets.add(new Packet.Message(new byte[i % 300]));
      packets.add(new Packet.SignalPacket(Signal.EOD));
    }
    // larger than the limit: fills the buffer, the rest of its payload is written from its own array
    packets.add(new Packet.Message(new byte[FrameWriter.GATHER_LIMIT * 2]));
    packets.add(Packet.text("last"));
    List<Integer> writes = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var out = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("single-byte write");
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes.add(len);
        bytes.write(b, off, len);
      }
    };
    FrameWriter writer = new FrameWriter(out);
    writer.gather(true);
    for (Packet p : packets) {
      switch (p) {
        case Packet.Message m -> writer.writeMessage(m.payload());
        case Packet.SignalPacket s -> writer.writeSignal(s.value());
      }
    }
    assertThat(writer.hasPending()).isTrue();
    writer.gather(false);

    assertThat(writer.hasPending()).isFalse();
    assertThat(bytes.toByteArray()).isEqualTo(encode(packets));
    assertThat(writes).hasSizeLessThan(20)
        .allMatch(n -> n <= FrameWriter.GATHER_LIMIT || n > FrameWriter.GATHER_LIMIT && n < 2 * FrameWriter.GATHER_LIMIT);
    assertThat(writes.stream().filter(n -> n > FrameWriter.GATHER_LIMIT)).hasSize(1);
    assertThat(decodeAll(new ByteArrayInputStream(bytes.toByteArray()), packets.size())).isEqualTo(packets);
  }

  @Test
  void aLargeFrameAfterAnAlmostFullGatherBufferKeepsItsBytes() throws IOException {
    for (int waiting : new int[] {FrameWriter.GATHER_LIMIT - 2, FrameWriter.GATHER_LIMIT - 8, 0}) {
      List<Packet> packets = List.of(new Packet.Message(new byte[waiting - 4 < 0 ? 0 : waiting - 4]),
          new Packet.Message(sequence(FrameWriter.GATHER_LIMIT + 1000)), new Packet.SignalPacket(Signal.EOD));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      FrameWriter writer = new FrameWriter(bytes);
      writer.gather(true);
      for (Packet p : packets) {
        switch (p) {
          case Packet.Message m -> writer.writeMessage(m.payload());
          case Packet.SignalPacket s -> writer.writeSignal(s.value());
        }
      }
      writer.gather(false);
      assertThat(bytes.toByteArray()).isEqualTo(encode(packets));
    }
  }

  private static byte[] sequence(int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (i * 7 + (i >> 9));
    }
    return b;
  }

  @Test
  void fedOneByteAtATime() throws IOException {
    byte[] wire = encode(SAMPLE);
    InputStream trickle = new InputStream() {
      private int at;

      @Override
      public int read() {
        return at < wire.length ? wire[at++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at >= wire.length) {
          return -1;
        }
        b[off] = wire[at++];
        return 1;
      }
    };
    assertThat(decodeAll(trickle, SAMPLE.size())).isEqualTo(SAMPLE);
  }

  @Test
  void splitAtEveryBoundary() throws IOException {
    byte[] wire = encode(SAMPLE);
    for (int cut = 0; cut <= wire.length; cut++) {
      InputStream split = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(wire, 0, cut)),
          new ByteArrayInputStream(Arrays.copyOfRange(wire, cut, wire.length)));
      assertThat(decodeAll(split, SAMPLE.size())).as("cut at %d", cut).isEqualTo(SAMPLE);
    }
  }

  @Test
  void messageOverMaxIsSplitIntoSeveralFrames() throws IOException {
    byte[] big = new byte[2 * FrameLimits.MAX_MESSAGE_LENGTH + 10];
    Arrays.fill(big, (byte) 'x');
    byte[] wire = encode(List.of(new Packet.Message(big)));
    assertThat(wire).hasSize(big.length + 3 * FrameLimits.HEADER_LENGTH);
    List<Packet> frames = decodeAll(new ByteArrayInputStream(wire), 3);
    assertThat(frames).extracting(p -> ((Packet.Message) p).length())
        .containsExactly(FrameLimits.MAX_MESSAGE_LENGTH, FrameLimits.MAX_MESSAGE_LENGTH, 10);
  }

  @Test
  void headerOfExactlyMaxPacketSizeIsAccepted() throws IOException {
    byte[] wire = new byte[4 + FrameLimits.MAX_PACKET_SIZE];
    wire[1] = 0x0F;
    wire[2] = 0x42;
    wire[3] = 0x40;
    Packet p = new FrameReader(new ByteArrayInputStream(wire), "peer").read();
    assertThat(((Packet.Message) p).length()).isEqualTo(1_000_000);
  }

  @Test
  void oversizeHeaderIsRefusedWithoutAllocation() {
    byte[] wire = {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    FrameReader reader = new FrameReader(new ByteArrayInputStream(wire), "127.0.0.1:9103");
    long before = threads.getCurrentThreadAllocatedBytes();
    assertThatThrownBy(reader::read).isInstanceOf(ProtocolException.class)
        .hasMessage("Packet size too big from 127.0.0.1:9103: 2147483647 bytes. Terminating connection");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(allocated).isLessThan(256 * 1024);
    byte[] justOver = {0x00, 0x0F, 0x42, 0x41};
    assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(justOver), "p").read())
        .isInstanceOf(ProtocolException.class).hasMessageContaining("1000001 bytes");
  }

  @Test
  void peerClosingAfterFiveBytes() {
    byte[] wire = {0, 0, 0, 34, 'H'};
    assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(wire), "p").read())
        .isInstanceOf(ConnectionClosedException.class).hasMessageContaining("33 of 34 payload bytes missing");
  }

  @Test
  void peerClosingInTheHeader() {
    byte[] wire = {0, 0};
    assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(wire), "p").read())
        .isInstanceOf(ConnectionClosedException.class).hasMessageContaining("2 of 4 header bytes missing");
    assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(new byte[0]), "p").read())
        .isInstanceOf(ConnectionClosedException.class).hasMessage("Connection closed by p");
  }

  /** A killed peer: TLS ends without close_notify (an EOFException from BouncyCastle) or TCP is reset. */
  @Test
  void peerEndingWithoutGoodbyeIsAClosedConnection() {
    java.io.InputStream noCloseNotify = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new java.io.EOFException("No close_notify alert received before connection closed");
      }
    };
    assertThatThrownBy(() -> new FrameReader(noCloseNotify, "127.0.0.1:9102").read())
        .isInstanceOf(ConnectionClosedException.class)
        .hasMessage("Connection closed by 127.0.0.1:9102 (No close_notify alert received before connection closed)")
        .hasCauseInstanceOf(java.io.EOFException.class);
    byte[] header = {0, 0, 0, 10};
    java.io.InputStream reset = new java.io.SequenceInputStream(new ByteArrayInputStream(header),
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new java.net.SocketException("Connection reset");
          }
        });
    assertThatThrownBy(() -> new FrameReader(reset, "p").read()).isInstanceOf(ConnectionClosedException.class)
        .hasMessage("Connection closed by p in a frame payload: 10 of 10 payload bytes missing (Connection reset)");
    java.io.InputStream closedHere = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new java.net.SocketException("Socket closed");
      }
    };
    assertThatThrownBy(() -> new FrameReader(closedHere, "p").read()).isNotInstanceOf(ConnectionClosedException.class)
        .hasMessage("Socket closed");
  }

  @Test
  void unknownNegativeHeaderIsASignalValue() throws IOException {
    byte[] wire = {(byte) 0x80, 0, 0, 0};
    Packet p = new FrameReader(new ByteArrayInputStream(wire), "p").read();
    assertThat(p).isEqualTo(new Packet.SignalPacket(Integer.MIN_VALUE));
    assertThat(((Packet.SignalPacket) p).signal()).isEmpty();
  }

  @Property(tries = 60)
  void anySequenceSurvivesARoundTrip(@ForAll("sequences") List<Packet> packets) throws IOException {
    byte[] wire = encode(packets);
    List<Packet> expected = new ArrayList<>();
    for (Packet p : packets) {
      if (p instanceof Packet.Message m && m.length() > FrameLimits.MAX_MESSAGE_LENGTH) {
        for (int at = 0; at < m.length(); at += FrameLimits.MAX_MESSAGE_LENGTH) {
          expected.add(new Packet.Message(Arrays.copyOfRange(m.payload(), at,
              Math.min(m.length(), at + FrameLimits.MAX_MESSAGE_LENGTH))));
        }
      } else {
        expected.add(p);
      }
    }
    InputStream in = new ByteArrayInputStream(wire);
    assertThat(decodeAll(in, expected.size())).isEqualTo(expected);
    assertThat(in.available()).isZero();
  }

  @Provide
  Arbitrary<List<Packet>> sequences() {
    Arbitrary<Packet> small = Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(Packet.Message::new);
    Arbitrary<Packet> large = Arbitraries.of(FrameLimits.MAX_MESSAGE_LENGTH, FrameLimits.MAX_MESSAGE_LENGTH + 1,
        2_500_000).map(n -> {
          byte[] b = new byte[n];
          b[n - 1] = 7;
          return new Packet.Message(b);
        });
    Arbitrary<Packet> signal = Arbitraries.integers().between(Integer.MIN_VALUE, -1).map(Packet.SignalPacket::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, small), net.jqwik.api.Tuple.of(1, large), net.jqwik.api.Tuple.of(5, signal))
        .list().ofMaxSize(12);
  }
}
