package org.jbareos.net;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns messages and signals into BSOCK frames on an {@link OutputStream} (PROTOCOL.md §1, layout in {@link
 * FrameLimits}).
 *
 * <p>Every frame, header and payload together, goes out in <em>one</em> {@code write} call followed by a flush: a
 * Bareos server peeks at the first 10 bytes of a connection to tell a cleartext {@code Hello } from a TLS
 * ClientHello (PROTOCOL.md §2.2) and gives up if they arrive in pieces. To do that without allocating per frame,
 * the writer assembles the frame in one buffer that it keeps and grows on demand, up to {@link
 * FrameLimits#MAX_PACKET_SIZE} (so a large message costs one {@code System.arraycopy} per frame, no garbage).
 *
 * <p>A message longer than {@link FrameLimits#MAX_MESSAGE_LENGTH} is split into several frames, as {@code
 * BareosSocketTCP::send} does; the receiver sees each frame as a message of its own.
 *
 * <p>While {@linkplain #gather gathering}, frames wait in that buffer and go out together once {@link #GATHER_LIMIT}
 * bytes wait or on {@link #flush()}: the same bytes in fewer {@code write} calls and TCP segments, for one-way
 * streams of many small frames (a backup's attribute, data and digest records) where nobody waits for a single
 * frame. A frame larger than the limit fills the buffer and its payload's rest is written from the caller's array.
 *
 * <p>Not thread-safe: {@link BareosConnection} serializes writers, so a heartbeat never lands inside another frame.
 */
public final class FrameWriter {
  /** Small: an idle client initiated connection (issue 5) never needs more; the buffer grows once if needed. */
  private static final int INITIAL_BUFFER = 1024;
  /** How many bytes of gathered frames are written at once. */
  public static final int GATHER_LIMIT = 64 * 1024;

  private final OutputStream out;
  private final FrameObserver observer;
  private byte[] buffer = new byte[INITIAL_BUFFER];
  private boolean gathering;
  private int pending; // bytes of gathered frames at the start of buffer, not written yet

  /** A writer with no observer. */
  public FrameWriter(OutputStream out) {
    this(out, (header, payload, offset, length) -> {});
  }

  /** A writer that reports every frame it wrote to {@code observer} (e.g. the network trace). */
  public FrameWriter(OutputStream out, FrameObserver observer) {
    this.out = Objects.requireNonNull(out, "out");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /** Writes {@code payload} as one message (several frames if it is longer than 999,996 bytes). */
  public void writeMessage(byte[] payload) throws IOException {
    writeMessage(payload, 0, payload.length);
  }

  /** Writes {@code length} bytes of {@code payload} from {@code offset} as one message. */
  public void writeMessage(byte[] payload, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, payload.length);
    if (length == 0) {
      writeFrame(0, payload, offset, 0);
      return;
    }
    int written = 0;
    while (written < length) {
      int chunk = Math.min(length - written, FrameLimits.MAX_MESSAGE_LENGTH);
      writeFrame(chunk, payload, offset + written, chunk);
      written += chunk;
    }
  }

  /** Writes a signal frame: the 4-byte negative header alone. */
  public void writeSignal(Signal signal) throws IOException {
    writeSignal(signal.value());
  }

  /** Writes a signal frame with any negative value, including ones Bareos does not define. */
  public void writeSignal(int value) throws IOException {
    if (value >= 0) {
      throw new IllegalArgumentException("a signal is negative, got " + value);
    }
    writeFrame(value, buffer, 0, 0);
  }

  /**
   * Gathering on: frames wait in the buffer until {@link #GATHER_LIMIT} bytes wait or {@link #flush()}. Off: what
   * waits is written now, and from then on every frame is written on its own.
   */
  public void gather(boolean on) throws IOException {
    gathering = on;
    if (!on) {
      flush();
    }
  }

  /** True while gathered frames wait to be written. */
  public boolean hasPending() {
    return pending > 0;
  }

  /** Writes the gathered frames, if any, and flushes the stream. */
  public void flush() throws IOException {
    if (pending > 0) {
      int length = pending;
      pending = 0;
      out.write(buffer, 0, length);
    }
    out.flush();
  }

  private void writeFrame(int header, byte[] payload, int offset, int length) throws IOException {
    int frameLength = FrameLimits.HEADER_LENGTH + length;
    if (gathering && frameLength > GATHER_LIMIT) {
      writeLargeGathered(header, payload, offset, length);
      return;
    }
    if (pending > 0 && pending + frameLength > GATHER_LIMIT) {
      flush();
    }
    int end = pending + frameLength;
    if (buffer.length < end) {
      buffer = Arrays.copyOf(buffer, Math.min(FrameLimits.MAX_PACKET_SIZE, Math.max(end, buffer.length * 2)));
    }
    int start = pending;
    buffer[start] = (byte) (header >>> 24);
    buffer[start + 1] = (byte) (header >>> 16);
    buffer[start + 2] = (byte) (header >>> 8);
    buffer[start + 3] = (byte) header;
    System.arraycopy(payload, offset, buffer, start + FrameLimits.HEADER_LENGTH, length);
    // Reported before the write: once the peer has the frame it may answer at once, and the trace must show the
    // frame before the answer.
    observer.frameSent(header, buffer, start + FrameLimits.HEADER_LENGTH, length);
    pending = end;
    if (!gathering || pending >= GATHER_LIMIT) {
      flush();
    }
  }

  /**
   * A frame larger than {@link #GATHER_LIMIT} while gathering (a backup's or restore's data record): the waiting
   * frames, its header and the start of its payload fill the buffer and go out in one write, the rest of the payload
   * goes from the caller's array straight to the stream, not copied through the buffer first.
   */
  private void writeLargeGathered(int header, byte[] payload, int offset, int length) throws IOException {
    int start = pending;
    if (buffer.length < Math.max(GATHER_LIMIT, start + FrameLimits.HEADER_LENGTH)) {
      buffer = Arrays.copyOf(buffer, Math.max(GATHER_LIMIT, start + FrameLimits.HEADER_LENGTH));
    }
    buffer[start] = (byte) (header >>> 24);
    buffer[start + 1] = (byte) (header >>> 16);
    buffer[start + 2] = (byte) (header >>> 8);
    buffer[start + 3] = (byte) header;
    int head = Math.max(0, Math.min(length, GATHER_LIMIT - start - FrameLimits.HEADER_LENGTH));
    System.arraycopy(payload, offset, buffer, start + FrameLimits.HEADER_LENGTH, head);
    observer.frameSent(header, payload, offset, length);
    pending = 0;
    out.write(buffer, 0, start + FrameLimits.HEADER_LENGTH + head);
    out.write(payload, offset + head, length - head);
    out.flush();
  }
}
