package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.dirfd.BtimeReply;

/**
 * The clock comparison of {@code level = since_utime} ({@code filed/dir_cmd.cc LevelCmd}, PROTOCOL.md §5.1): the FD
 * sends {@code BNET_BTIME} ten times and the Director answers each with {@code btime <microseconds>}; the first two
 * samples are dropped, the other eight give the average difference between the clocks (corrected by half the round
 * trip), which moves the since time onto the FD's clock. A difference over 3 s is reported (over 600 s as a
 * warning). Then an EOD.
 */
final class SinceTimeDialog {

  private static final int SAMPLES = 10;
  private static final int DROPPED = 2;

  private final BareosConnection director;
  private final JobMessages messages;

  SinceTimeDialog(BareosConnection director, JobMessages messages) {
    this.director = director;
    this.messages = messages;
  }

  /**
   * Runs the dialog.
   *
   * @return the since time in seconds on our clock, or empty when the Director's answers are not {@code btime}
   */
  Optional<Long> adjust(long sinceTime) throws IOException {
    long adjustMicros = 0;
    for (int i = 0; i < SAMPLES; i++) {
      long start = nowMicros();
      director.signal(Signal.BTIME);
      if (!(director.receive() instanceof Packet.Message message)) {
        return Optional.empty();
      }
      long his;
      try {
        his = BtimeReply.parse(message.text()).microseconds();
      } catch (ProtocolException e) {
        return Optional.empty();
      }
      if (i < DROPPED) {
        continue;
      }
      long roundTrip = nowMicros() - start;
      adjustMicros += start - his - roundTrip / 2;
    }
    long adjustSeconds = adjustMicros / (SAMPLES - DROPPED) / 1_000_000;
    if (adjustSeconds > 3 || adjustSeconds < -3) {
      int type = Math.abs(adjustSeconds) > 600 ? JobMessage.M_WARNING : JobMessage.M_INFO;
      messages.send(type, "DIR and FD clocks differ by " + adjustSeconds
          + " seconds, FD automatically compensating.\n");
    }
    director.signal(Signal.EOD);
    return Optional.of(sinceTime + adjustSeconds);
  }

  private static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }
}
