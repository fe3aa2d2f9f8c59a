package org.jbareos.net;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads BSOCK frames from an {@link InputStream} (PROTOCOL.md §1, layout in {@link FrameLimits}).
 *
 * <ul>
 *   <li>A header above {@link FrameLimits#MAX_PACKET_SIZE} is refused with a {@link ProtocolException} before
 *       anything is allocated for it ({@code BareosSocketTCP::recv}: "Packet size too big ... Terminating
 *       connection").
 *   <li>A negative header is returned as a {@link Packet.SignalPacket}, known to Bareos or not.
 *   <li>A peer that closes inside a header or a payload gives a {@link ConnectionClosedException} saying how many
 *       bytes were missing; a peer that closes between frames gives one saying the connection was closed.
 * </ul>
 *
 * <p>Reads block. Not thread-safe: one reader at a time, as in Bareos ("bnet_recv is a blocking read").
 */
public final class FrameReader {
  private final InputStream in;
  private final String peer;
  private final byte[] header = new byte[FrameLimits.HEADER_LENGTH];

  /**
   * @param in the bytes from the peer
   * @param peer the peer as it should appear in error messages, e.g. {@code 127.0.0.1:9103}
   */
  public FrameReader(InputStream in, String peer) {
    this.in = Objects.requireNonNull(in, "in");
    this.peer = Objects.requireNonNull(peer, "peer");
  }

  /** Reads the next frame, blocking until it is complete. */
  public Packet read() throws IOException {
    int got = readFully(header, 0, FrameLimits.HEADER_LENGTH);
    if (got == 0) {
      throw new ConnectionClosedException("Connection closed by " + peer);
    }
    if (got < FrameLimits.HEADER_LENGTH) {
      throw new ConnectionClosedException("Connection closed by " + peer + " in a frame header: "
          + (FrameLimits.HEADER_LENGTH - got) + " of " + FrameLimits.HEADER_LENGTH + " header bytes missing");
    }
    int value = (header[0] & 0xFF) << 24 | (header[1] & 0xFF) << 16 | (header[2] & 0xFF) << 8 | (header[3] & 0xFF);
    if (value < 0) {
      return new Packet.SignalPacket(value);
    }
    if (value > FrameLimits.MAX_PACKET_SIZE) {
      throw new ProtocolException(
          "Packet size too big from " + peer + ": " + value + " bytes. Terminating connection");
    }
    byte[] payload = new byte[value];
    int read = readFully(payload, 0, value);
    if (read < value) {
      throw new ConnectionClosedException("Connection closed by " + peer + " in a frame payload: "
          + (value - read) + " of " + value + " payload bytes missing");
    }
    return new Packet.Message(payload);
  }

  private int readFully(byte[] target, int offset, int length) throws IOException {
    int total = 0;
    while (total < length) {
      int n = in.read(target, offset + total, length - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }
}
