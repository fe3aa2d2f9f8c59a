package org.jbareos.bench.wire;

import java.io.IOException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;

/** Our layer: a {@link BareosConnection} over whichever transport the link was built with. */
final class BareosLink implements FrameLink {

  private final BareosConnection connection;

  BareosLink(BareosConnection connection) {
    this.connection = connection;
  }

  @Override
  public void send(byte[] payload) throws IOException {
    connection.send(payload);
  }

  @Override
  public byte[] receive() throws IOException {
    return switch (connection.receive()) {
      case Packet.Message message -> message.payload();
      case Packet.SignalPacket signal -> throw new IOException("signal " + signal.value());
    };
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
