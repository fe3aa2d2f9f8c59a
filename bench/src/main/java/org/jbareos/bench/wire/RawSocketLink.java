package org.jbareos.bench.wire;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * The baseline: the same bytes as a BSOCK frame (4-byte big-endian length + payload, written in one call) moved over a
 * plain socket with no layer of ours, so the benchmark shows what our framing and connection add.
 */
final class RawSocketLink implements FrameLink {

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private byte[] frame = new byte[0];

  RawSocketLink(Socket socket) throws IOException {
    this.socket = socket;
    socket.setTcpNoDelay(true);
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65536));
    this.out = socket.getOutputStream();
  }

  @Override
  public void send(byte[] payload) throws IOException {
    int length = 4 + payload.length;
    if (frame.length < length) {
      frame = new byte[length];
    }
    ByteBuffer.wrap(frame).putInt(payload.length).put(payload);
    out.write(frame, 0, length);
  }

  @Override
  public byte[] receive() throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("signal " + length);
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return payload;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
