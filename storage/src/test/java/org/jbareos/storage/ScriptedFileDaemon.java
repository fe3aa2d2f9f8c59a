package org.jbareos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;

/** The File Daemon's side of an append session, step by step (PROTOCOL.md §7.2). */
public final class ScriptedFileDaemon {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final BareosConnection connection;

  public ScriptedFileDaemon(BareosConnection connection) {
    this.connection = connection;
  }

  /** {@code append open session}, {@code append data <ticket>}, up to {@code 3000 OK data}. */
  public void openAppend() throws Exception {
    connection.send("append open session\n");
    String ticket = expectText().replace("3000 OK open ticket = ", "").strip();
    connection.send("append data " + ticket + "\n");
    assertThat(expectText()).isEqualTo("3000 OK data\n");
  }

  /** One record: header, data frames, EOD. */
  public void record(int fileIndex, int stream, byte[]... frames) throws Exception {
    connection.send(fileIndex + " " + stream + " 0");
    for (byte[] frame : frames) {
      connection.send(frame);
    }
    connection.signal(Signal.EOD);
  }

  /** A file of the recorded kind: attributes, data, MD5 digest. */
  public void file(int fileIndex, String name, byte[] data) throws Exception {
    record(fileIndex, 1, (fileIndex + " 3 " + name + "\0P4A\0\0\0" + "0\0").getBytes(StandardCharsets.UTF_8));
    record(fileIndex, 2, data);
    record(fileIndex, 3, new byte[16]);
  }

  /** The final EOD, end and close: returns the close status. */
  public int endAndClose() throws Exception {
    connection.signal(Signal.EOD);
    assertThat(expectText()).isEqualTo("3000 OK append data\n");
    connection.send("append end session 1\n");
    assertThat(expectText()).isEqualTo("3000 OK end\n");
    connection.send("append close session 1\n");
    String close = expectText();
    assertThat(connection.receive(WAIT)).isEqualTo(new Packet.SignalPacket(Signal.EOD));
    connection.signal(Signal.TERMINATE);
    return Integer.parseInt(close.replace("3000 OK close Status = ", "").strip());
  }

  public String expectText() throws Exception {
    Packet p = connection.receive(WAIT);
    assertThat(p).isInstanceOf(Packet.Message.class);
    return new String(((Packet.Message) p).payload(), StandardCharsets.UTF_8);
  }

  public Packet next() throws Exception {
    return connection.receive(WAIT);
  }

  public BareosConnection connection() {
    return connection;
  }
}
