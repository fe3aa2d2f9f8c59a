package org.jbareos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.testkit.TranscriptMessage;

/**
 * Replays one side of a recorded connection against our Storage Daemon: sends what the recorded peer sent, and
 * checks that each frame our SD sends equals the recorded SD's frame after {@code normalize} (both sides). Binary
 * payloads recorded only as a prefix are completed by {@code complete} when sent, and compared by length and prefix
 * (and by {@code complete}'s bytes) when received.
 */
public final class ScriptedPeer {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final String role;
  private final BareosConnection connection;
  private final UnaryOperator<String> normalize;
  private final Function<TranscriptMessage, byte[]> complete;
  private final List<String> received = new ArrayList<>();

  public ScriptedPeer(String role, BareosConnection connection, UnaryOperator<String> normalize,
      Function<TranscriptMessage, byte[]> complete) {
    this.role = role;
    this.connection = connection;
    this.normalize = normalize;
    this.complete = complete;
  }

  /** The frames received from our SD, as ISO-8859-1 text or {@code <signal n>}. */
  public List<String> received() {
    return received;
  }

  /** Plays {@code script} in order; the messages of other senders are expected from our SD. */
  public void play(List<TranscriptMessage> script) throws Exception {
    for (int i = 0; i < script.size(); i++) {
      TranscriptMessage m = script.get(i);
      if (m.sender().equals(role)) {
        if (m.isSignal()) {
          connection.signal(m.header());
        } else {
          connection.send(m.complete() ? m.payload() : complete.apply(m));
        }
        continue;
      }
      Packet packet = connection.receive(WAIT);
      String where = "recorded message #" + i + " " + m;
      if (m.isSignal()) {
        assertThat(packet).as(where).isInstanceOf(Packet.SignalPacket.class);
        assertThat(((Packet.SignalPacket) packet).value()).as(where).isEqualTo(m.header());
        received.add("<signal " + m.header() + ">");
        continue;
      }
      assertThat(packet).as(where).isInstanceOf(Packet.Message.class);
      byte[] actual = ((Packet.Message) packet).payload();
      received.add(new String(actual, StandardCharsets.ISO_8859_1));
      if (m.complete()) {
        assertThat(normalize.apply(new String(actual, StandardCharsets.ISO_8859_1))).as(where)
            .isEqualTo(normalize.apply(m.latin1()));
      } else {
        assertThat(actual.length).as(where).isEqualTo(m.header());
        assertThat(Arrays.copyOf(actual, m.payload().length)).as(where).isEqualTo(m.payload());
        assertThat(actual).as(where).isEqualTo(complete.apply(m));
      }
    }
  }
}
