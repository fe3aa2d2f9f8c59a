package org.jbareos.client;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;

/**
 * Reads one answer of the Director (PROTOCOL.md §4.2): every message goes to the sink as it arrives, signals inside
 * the answer are collected, and the answer ends at {@code BNET_EOD}, {@code BNET_MAIN_PROMPT}, {@code BNET_SUB_PROMPT}
 * or {@code BNET_TERMINATE}, exactly the signals that end bconsole's read loop and python's {@code recv_msg}.
 *
 * <p>python also ends at a last line matching {@code ^\d\d\d\d OK.*$}; that rule is for the File Daemon's replies.
 * On a Director connection the answer always ends with one of the signals (api 0: EOD after each command; api 1/2:
 * MAIN_PROMPT before each command), and an output line such as {@code 2000 OK ...} would end it too early and leave
 * the rest in the stream for the next command, so it is not applied here.
 */
final class ResponseReader {

  private ResponseReader() {}

  /**
   * Reads until an ending signal.
   *
   * @param closeEndsAnswer whether the Director closing the connection is the expected end ({@code quit})
   * @param signals receives the signals inside the answer
   * @throws ConnectionError when the Director closes the connection in the middle of the answer
   */
  static ResponseEnd read(BareosConnection connection, Consumer<byte[]> sink, List<Integer> signals,
      boolean closeEndsAnswer, String command) throws IOException {
    long received = 0;
    while (true) {
      Packet packet;
      try {
        packet = connection.receive();
      } catch (EOFException e) {
        if (closeEndsAnswer) {
          return ResponseEnd.CLOSED;
        }
        throw new ConnectionError(connection.describePeer() + " closed the connection in the middle of the answer"
            + " to '" + command + "' (" + received + " bytes received)", e);
      } catch (IOException e) {
        throw new ConnectionError("Reading the answer to '" + command + "' from " + connection.describePeer()
            + " failed: " + e.getMessage(), e);
      }
      switch (packet) {
        case Packet.Message message -> {
          received += message.length();
          sink.accept(message.payload());
        }
        case Packet.SignalPacket signal -> {
          Optional<ResponseEnd> end = ResponseEnd.of(signal.value());
          if (end.isPresent()) {
            return end.get();
          }
          signals.add(signal.value());
        }
      }
    }
  }
}
