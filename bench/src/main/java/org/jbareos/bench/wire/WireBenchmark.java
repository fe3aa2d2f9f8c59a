package org.jbareos.bench.wire;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wire layer over loopback (issue 2): round trips of 64-byte messages, and streaming of 64 KiB messages, for our
 * cleartext and TLS-PSK links next to a raw socket that moves the same frames. MB/s = ops/s × 65,536 / 10^6.
 *
 * <p>Run: {@code bench/run-jmh WireBenchmark -f 1 -wi 3 -i 5}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WireBenchmark {

  /** A link whose server echoes: one op = one 64-byte message there and back. */
  @State(Scope.Thread)
  public static class RoundTrip {
    @Param({"RAW_SOCKET", "CLEARTEXT", "TLS_PSK_1_2", "TLS_PSK_1_3"})
    public String link;

    LoopbackLink loopback;
    final byte[] message = new byte[64];

    @Setup(Level.Trial)
    public void open() throws IOException {
      new Random(1).nextBytes(message);
      loopback = new LoopbackLink(LinkKind.valueOf(link), LoopbackLink.ServerRole.ECHO);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      loopback.close();
    }
  }

  /** A link whose server drops what it reads: one op = one 64 KiB message sent. */
  @State(Scope.Thread)
  public static class Streaming {
    @Param({"RAW_SOCKET", "CLEARTEXT", "TLS_PSK_1_2", "TLS_PSK_1_3"})
    public String link;

    LoopbackLink loopback;
    final byte[] message = new byte[64 * 1024];

    @Setup(Level.Trial)
    public void open() throws IOException {
      new Random(2).nextBytes(message);
      loopback = new LoopbackLink(LinkKind.valueOf(link), LoopbackLink.ServerRole.SINK);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      loopback.close();
    }
  }

  @Benchmark
  public byte[] roundTrip64Bytes(RoundTrip state) throws IOException {
    FrameLink client = state.loopback.client();
    client.send(state.message);
    return client.receive();
  }

  @Benchmark
  public void stream64KiB(Streaming state) throws IOException {
    state.loopback.client().send(state.message);
  }
}
