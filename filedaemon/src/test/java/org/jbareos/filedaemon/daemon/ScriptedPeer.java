package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.testkit.TranscriptMessage;

/**
 * Plays one side of a recorded connection against our File Daemon: sends what the recorded peer sent (after {@code
 * rewrite}), and checks that each frame our FD sends equals the recorded FD's frame after {@code normalize} (applied
 * to both). Binary payloads the transcript holds only as a prefix are sent completed by {@code complete}, and
 * compared by length and prefix when received.
 */
final class ScriptedPeer {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final String role;
  private final BareosConnection connection;
  private final Function<TranscriptMessage, byte[]> rewrite;
  private final UnaryOperator<String> normalize;

  ScriptedPeer(String role, BareosConnection connection, Function<TranscriptMessage, byte[]> rewrite,
      UnaryOperator<String> normalize) {
    this.role = role;
    this.connection = connection;
    this.rewrite = rewrite;
    this.normalize = normalize;
  }

  BareosConnection connection() {
    return connection;
  }

  /** Plays {@code script} in order: our role's messages are sent, the others are expected from our FD. */
  void play(List<TranscriptMessage> script) throws Exception {
    for (TranscriptMessage m : script) {
      if (m.sender().equals(role)) {
        if (m.isSignal()) {
          connection.signal(m.header());
        } else {
          connection.send(rewrite.apply(m));
        }
      } else {
        expect(m);
      }
    }
  }

  /** Receives one frame and checks it against the recorded one. */
  void expect(TranscriptMessage m) throws Exception {
    Packet packet = connection.receive(WAIT);
    String where = "recorded " + m;
    if (m.isSignal()) {
      assertThat(packet).as(where).isEqualTo(new Packet.SignalPacket(m.header()));
      return;
    }
    assertThat(packet).as(where).isInstanceOf(Packet.Message.class);
    assertFrame(((Packet.Message) packet).payload(), m, normalize, where);
  }

  /** One frame against the recorded one: normalized text equal, or for a prefix-only payload length and prefix. */
  static void assertFrame(byte[] actual, TranscriptMessage m, UnaryOperator<String> normalize, String where) {
    if (m.complete()) {
      assertThat(normalize.apply(new String(actual, StandardCharsets.ISO_8859_1))).as(where)
          .isEqualTo(normalize.apply(m.latin1()));
    } else {
      assertThat(actual.length).as(where + " length").isEqualTo(m.header());
      assertThat(Arrays.copyOf(actual, m.payload().length)).as(where + " prefix").isEqualTo(m.payload());
    }
  }
}
