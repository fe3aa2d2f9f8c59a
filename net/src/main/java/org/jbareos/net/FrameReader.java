package org.jbareos.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
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
 *       bytes were missing; a peer that closes between frames gives one saying the connection was closed. A peer
 *       that ends without goodbye (a killed process: TLS without {@code close_notify}, or a TCP reset) counts as
 *       closed too, with the transport's words in parentheses.
 * </ul>
 *
 * <p>Reads block. Not thread-safe: one reader at a time, as in Bareos ("bnet_recv is a blocking read").
 */
public final class FrameReader {
  private final InputStream in;
  private final String peer;
  private final byte[] header = new byte[FrameLimits.HEADER_LENGTH];
  /** How the stream ended when it did not end cleanly, for the message; null otherwise. */
  private IOException abruptEnd;

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
      throw closed("");
    }
    if (got < FrameLimits.HEADER_LENGTH) {
      throw closed(" in a frame header: " + (FrameLimits.HEADER_LENGTH - got) + " of " + FrameLimits.HEADER_LENGTH
          + " header bytes missing");
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
      throw closed(" in a frame payload: " + (value - read) + " of " + value + " payload bytes missing");
    }
    return new Packet.Message(payload);
  }

  private ConnectionClosedException closed(String where) {
    ConnectionClosedException e = new ConnectionClosedException("Connection closed by " + peer + where
        + (abruptEnd == null ? "" : " (" + abruptEnd.getMessage() + ")"));
    if (abruptEnd != null) {
      e.initCause(abruptEnd);
    }
    return e;
  }

  private int readFully(byte[] target, int offset, int length) throws IOException {
    int total = 0;
    while (total < length) {
      int n;
      try {
        n = in.read(target, offset + total, length - total);
      } catch (EOFException | SocketException e) {
        if (e instanceof ConnectionClosedException || !isAbruptEnd(e)) {
          throw e;
        }
        abruptEnd = e;
        break;
      }
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  /**
   * The peer went away without goodbye: the TLS layer's end of stream without {@code close_notify}
   * (BouncyCastle's {@code TlsNoCloseNotifyException} is an {@link EOFException}) or a reset. A socket closed on
   * this side is not one of these ({@code Socket closed}).
   */
  private static boolean isAbruptEnd(IOException e) {
    return e instanceof EOFException || String.valueOf(e.getMessage()).startsWith("Connection reset");
  }
}
