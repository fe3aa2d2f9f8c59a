package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.OpenTicketReply;
import org.jbareos.protocol.fdsd.ReadCloseCommand;
import org.jbareos.protocol.fdsd.ReadDataCommand;
import org.jbareos.protocol.fdsd.ReadOpenCommand;

/**
 * The two ends of a read session with the SD, shared by restore and verify ({@code filed/dir_cmd.cc
 * OpenSdReadSession}, {@code RestoreCmd}, {@code VerifyCmd}; PROTOCOL.md §7.4): {@code read open session =
 * DummyVolume <SDid> <SDtime> 0 0 0 0} &rarr; ticket, {@code read data <ticket>} &rarr; {@code 3000 OK data}; at the
 * end {@code read close session <ticket>}, one reply read (Bareos does not check it; its EOD stays unread), then
 * TERMINATE.
 */
final class ReadSession {

  private ReadSession() {}

  /**
   * Opens the session and starts the data.
   *
   * @param fail receives the fatal job message when it fails
   * @return the ticket, or empty after a failure
   */
  static Optional<Long> open(StorageConnection sd, FdJobCommand job, Consumer<String> fail) {
    try {
      sd.send(ReadOpenCommand.of(job.volSessionId(), job.volSessionTime()).wireText());
      Optional<String> reply = sd.nextText();
      if (reply.isEmpty()) {
        fail.accept("Bad response from stored to read open command\n");
        return Optional.empty();
      }
      long ticket;
      try {
        ticket = OpenTicketReply.parse(reply.get()).ticket();
      } catch (ProtocolException e) {
        fail.accept("Bad response to SD read open: " + reply.get() + (reply.get().endsWith("\n") ? "" : "\n"));
        return Optional.empty();
      }
      sd.send(new ReadDataCommand(ticket).wireText());
      Optional<String> error = sd.expect(FdSdLine.DATA_OK, "Read Data");
      if (error.isPresent()) {
        fail.accept(error.get());
        return Optional.empty();
      }
      return Optional.of(ticket);
    } catch (IOException e) {
      fail.accept("Network send error to SD. ERR=" + e.getMessage() + "\n");
      return Optional.empty();
    }
  }

  /** Closes the session and sends TERMINATE. */
  static void close(StorageConnection sd, long ticket) {
    try {
      sd.send(new ReadCloseCommand(ticket).wireText());
      sd.next();
    } catch (IOException e) {
      // Bareos does not check the close reply of a read session either; TERMINATE follows regardless.
    }
    sd.terminate();
  }
}
