package org.jbareos.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation recorded from real Bareos daemons, read from a conformance kit transcript ({@code <capture>.txt}).
 * Only bnet messages are kept; TCP events (SYN, FIN, RST, keepalive probes) and the header comments are skipped.
 *
 * <p>Line forms (conformance/README.md):
 *
 * <pre>
 * + 0.000603 #1   console -> dir  [76] "Hello *UserAgent* calling ...\n"
 * + 2.241394 #4   fd -> sd        [sig -1] BNET_EOD
 * + 2.241394 #4   fd -> sd        [16] &lt;binary 16 bytes&gt; 1b 43 43 09 ...
 * + 2.242672 #4   fd -> sd        [262144] &lt;binary 262144 bytes&gt; 9d 79 ... ...(+262080 bytes)
 * </pre>
 */
public final class Transcript {

  private static final Pattern MESSAGE =
      Pattern.compile("^\\+\\s*([0-9.]+) #(\\d+)\\s+(\\S+) -> (\\S+)\\s+\\[(sig )?(-?\\d+)\\] ?(.*)$");
  private static final Pattern CONNECTION =
      Pattern.compile("^#\\s+#(\\d+) (\\w+)\\((\\d+)\\)->(\\w+)\\((\\d+)\\)\\s*$");

  private final Path source;
  private final List<TranscriptMessage> messages;
  private final Map<Integer, String> connections;

  private Transcript(Path source, List<TranscriptMessage> messages, Map<Integer, String> connections) {
    this.source = source;
    this.messages = List.copyOf(messages);
    this.connections = Map.copyOf(connections);
  }

  /** Reads a transcript of the conformance kit by file name, e.g. {@code Transcript.conformance("backup-full.txt")}. */
  public static Transcript conformance(String fileName) {
    return load(SharedData.conformance(fileName));
  }

  /** Reads a transcript file. */
  public static Transcript load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read transcript " + file, e);
    }
    List<TranscriptMessage> messages = new ArrayList<>();
    Map<Integer, String> connections = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      Matcher connection = CONNECTION.matcher(line);
      if (connection.matches()) {
        connections.put(Integer.parseInt(connection.group(1)), connection.group(2) + "->" + connection.group(4));
        continue;
      }
      Matcher m = MESSAGE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      try {
        messages.add(parseMessage(m));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return new Transcript(file, messages, connections);
  }

  private static TranscriptMessage parseMessage(Matcher m) {
    double seconds = Double.parseDouble(m.group(1));
    int connection = Integer.parseInt(m.group(2));
    String sender = m.group(3);
    String receiver = m.group(4);
    int header = Integer.parseInt(m.group(6));
    String rest = m.group(7);
    if (m.group(5) != null) {
      return new TranscriptMessage(seconds, connection, sender, receiver, header, new byte[0], true);
    }
    if (rest.startsWith("<binary ")) {
      return parseBinary(seconds, connection, sender, receiver, header, rest);
    }
    if (!rest.startsWith("\"") || !rest.endsWith("\"") || rest.length() < 2) {
      throw new IllegalArgumentException("payload is neither quoted text nor binary: " + rest);
    }
    byte[] payload = unescape(rest.substring(1, rest.length() - 1));
    if (payload.length != header) {
      throw new IllegalArgumentException("text payload has " + payload.length + " bytes, header says " + header);
    }
    return new TranscriptMessage(seconds, connection, sender, receiver, header, payload, true);
  }

  private static TranscriptMessage parseBinary(
      double seconds, int connection, String sender, String receiver, int header, String rest) {
    String hex = rest.substring(rest.indexOf('>') + 1).trim();
    boolean complete = !hex.contains("...(+");
    if (!complete) {
      hex = hex.substring(0, hex.indexOf("...(+")).trim();
    }
    String[] digits = hex.isEmpty() ? new String[0] : hex.split(" ");
    byte[] payload = new byte[digits.length];
    for (int i = 0; i < digits.length; i++) {
      payload[i] = (byte) Integer.parseInt(digits[i], 16);
    }
    if (complete && payload.length != header) {
      throw new IllegalArgumentException("binary payload has " + payload.length + " bytes, header says " + header);
    }
    return new TranscriptMessage(seconds, connection, sender, receiver, header, payload, complete);
  }

  /** Undoes the transcript's C escapes ({@code \n \t \r \\ \xNN}); other characters are UTF-8 text. */
  static byte[] unescape(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case 'r' -> out.write('\r');
        case '\\' -> out.write('\\');
        case 'x' -> {
          out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + next);
      }
    }
    return out.toByteArray();
  }

  /** The transcript form of bytes: printable ASCII as is, the rest as C escapes (the inverse of unescape). */
  static String escape(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      switch (c) {
        case '\n' -> text.append("\\n");
        case '\t' -> text.append("\\t");
        case '\r' -> text.append("\\r");
        case '\\' -> text.append("\\\\");
        default -> {
          if (c >= 0x20 && c <= 0x7e) {
            text.append((char) c);
          } else {
            text.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    return text.toString();
  }

  /** The file this transcript was read from. */
  public Path source() {
    return source;
  }

  /** Every bnet message, in capture order. */
  public List<TranscriptMessage> messages() {
    return messages;
  }

  /** The messages of one TCP connection, in order. */
  public List<TranscriptMessage> connection(int number) {
    return messages.stream().filter(m -> m.connection() == number).toList();
  }

  /** The roles of each connection, e.g. {@code 2 -> "dir->sd"} (client->server). */
  public Map<Integer, String> connections() {
    return connections;
  }

  /** The first connection whose client and server roles are these, e.g. {@code connectionBetween("dir", "fd")}. */
  public List<TranscriptMessage> connectionBetween(String client, String server) {
    return connections.entrySet().stream()
        .filter(e -> e.getValue().equals(client + "->" + server))
        .findFirst()
        .map(e -> connection(e.getKey()))
        .orElseThrow(() -> new IllegalArgumentException(source + " has no connection " + client + "->" + server));
  }
}
