package org.jbareos.cli.demo;

import java.io.IOException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.net.session.AcceptedSession;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.SdSecureEraseReply;
import org.jbareos.protocol.dirsd.UseDeviceCommand;
import org.jbareos.protocol.dirsd.UseDeviceReply;
import org.jbareos.protocol.dirsd.UseStorageCommand;

/**
 * The Storage-role side of the demo: it answers the opening of a backup job the way the seed's "Backup of a Single
 * File" diagram shows a Storage Daemon doing it (job command, secure erase query, device reservation), with the
 * project's protocol records, then ends the conversation.
 */
final class DemoStorageDaemon {

  private final long startTime;
  private final String device;

  DemoStorageDaemon(long startTime, String device) {
    this.startTime = startTime;
    this.device = device;
  }

  void serve(AcceptedSession session) throws IOException {
    BareosConnection director = session.connection();
    director.send("3000 OK Hello\n");
    SdJobCommand job = SdJobCommand.parse(text(director.receive()));
    director.send(new SdJobReply(1, startTime, new SessionKey().next()).toWire());
    expect(director.receive(), "getSecureEraseCmd\n");
    director.send(new SdSecureEraseReply(SdSecureEraseReply.NONE).toWire());
    UseStorageCommand.parse(text(director.receive()));
    UseDeviceCommand requested = UseDeviceCommand.parse(text(director.receive()));
    expectEndOfData(director.receive());
    expectEndOfData(director.receive());
    director.send(new UseDeviceReply(requested.device().equals(device) ? device : requested.device()).toWire());
    director.signal(Signal.TERMINATE);
    if (job.jobId() <= 0) {
      throw new ProtocolException("the demo job has no JobId");
    }
  }

  private static String text(Packet packet) throws ProtocolException {
    if (packet instanceof Packet.Message message) {
      return TextMessage.decode(message.payload());
    }
    throw new ProtocolException("expected a command, got " + packet);
  }

  private static void expect(Packet packet, String command) throws ProtocolException {
    if (!text(packet).equals(command)) {
      throw new ProtocolException("expected " + command.strip() + ", got " + packet);
    }
  }

  private static void expectEndOfData(Packet packet) throws ProtocolException {
    if (!(packet instanceof Packet.SignalPacket signal && signal.is(Signal.EOD))) {
      throw new ProtocolException("expected BNET_EOD, got " + packet);
    }
  }
}
