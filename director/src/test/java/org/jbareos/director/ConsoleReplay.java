package org.jbareos.director;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ConnectionClosedException;
import org.jbareos.net.Packet;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/**
 * Replays the console side of a recorded console connection against a Director and records what the Director
 * answers. The recorded CRAM-MD5 cannot be replayed (random challenges): the replay sends the recorded hello, runs
 * CRAM-MD5 with the same name and password as the recorded console, and replays everything after it.
 */
final class ConsoleReplay {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CHALLENGE_NAME = Pattern.compile("auth cram-md5 <\\d+\\.\\d+@([^>]*)>");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** The Director's frames, recorded and ours, each shown as comparable text. */
  record Frames(List<String> recorded, List<String> ours) {}

  private ConsoleReplay() {}

  /** Replays connection {@code number} of {@code transcript} with {@code password} against {@code port}. */
  static Frames replay(Transcript transcript, int number, String password, int port) throws IOException {
    return replay(transcript, number, password, port, null);
  }

  /**
   * Replays connection {@code number} up to (not including) the console command {@code stopBefore}, then sends
   * {@code quit}; null replays all of it.
   */
  static Frames replay(Transcript transcript, int number, String password, int port, String stopBefore)
      throws IOException {
    List<TranscriptMessage> messages = transcript.connection(number);
    int afterCram = endOfCram(messages);
    List<String> recorded = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    try (BareosConnection connection = BareosConnection.connect("127.0.0.1", port, WAIT)) {
      connection.send(messages.getFirst().payload());
      String ownName = consoleChallengeName(messages);
      new TwoWayAuthentication(ownName, CramKey.fromPassword(password), 0,
          CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)).connect(connection);
      for (TranscriptMessage m : messages.subList(afterCram, messages.size())) {
        if (m.isFrom("console", "dir")) {
          if (!m.isSignal() && m.text().equals(stopBefore)) {
            connection.send("quit");
            break;
          }
          if (m.isSignal()) {
            connection.signal(m.header());
          } else {
            connection.send(m.payload());
          }
        } else {
          recorded.add(show(m.isSignal(), m.header(), m.payload()));
          try {
            Packet p = connection.receive(WAIT);
            ours.add(switch (p) {
              case Packet.SignalPacket s -> show(true, s.value(), new byte[0]);
              case Packet.Message msg -> show(false, msg.length(), msg.payload());
            });
          } catch (ConnectionClosedException closed) {
            ours.add("closed");
          }
        }
      }
    }
    return new Frames(recorded, ours);
  }

  /** The index after the console's {@code 1000 OK auth}: the end of CRAM-MD5 in both directions. */
  static int endOfCram(List<TranscriptMessage> messages) {
    for (int i = 0; i < messages.size(); i++) {
      TranscriptMessage m = messages.get(i);
      if (m.isFrom("console", "dir") && !m.isSignal() && m.text().equals("1000 OK auth\n")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no completed CRAM-MD5 in the recording");
  }

  /** The name the recorded console put in its challenge ({@code R_CONSOLE::*UserAgent*}, python: the bare name). */
  static String consoleChallengeName(List<TranscriptMessage> messages) {
    for (TranscriptMessage m : messages) {
      if (m.isFrom("console", "dir") && !m.isSignal()) {
        Matcher matcher = CHALLENGE_NAME.matcher(m.text());
        if (matcher.find()) {
          return matcher.group(1).replace('\u0001', ' ');
        }
      }
    }
    throw new IllegalArgumentException("no console challenge in the recording");
  }

  /**
   * A frame as text: signals by number, JSON documents as their tree (parsed and written again, keys in their
   * order), everything else as the exact text. The one normalization: the {@code filenames} of {@code list files}
   * are sorted, because Bareos's query for them ({@code ListFilesForJob}) has no ORDER BY and the rows come in
   * whatever order the database server's plan yields.
   */
  static String show(boolean signal, int header, byte[] payload) {
    if (signal) {
      return "signal " + header;
    }
    String text = new String(payload, StandardCharsets.UTF_8);
    if (text.startsWith("{")) {
      try {
        JsonNode tree = JSON.readTree(payload);
        JsonNode files = tree.path("result").path("filenames");
        if (files instanceof ArrayNode array) {
          List<JsonNode> sorted = new ArrayList<>();
          array.forEach(sorted::add);
          sorted.sort(Comparator.comparing(JsonNode::toString));
          array.removeAll();
          array.addAll(sorted);
        }
        return "json " + tree;
      } catch (IOException notJson) {
        return "[" + header + "] " + text;
      }
    }
    return "[" + header + "] " + text;
  }
}
