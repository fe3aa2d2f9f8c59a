package org.jbareos.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the golden data under {@code jbareos.shared} (set by Surefire to {@code <project>/../shared}) at test time:
 * the conformance transcripts and CRAM vectors, and the seed diagrams. Nothing is copied into the project.
 */
public final class SharedData {

  /** One bnet message of a conformance transcript: a payload or a signal. */
  public record TranscriptLine(String file, String connection, String sender, String receiver, byte[] payload,
      Integer signal) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  /** One CRAM-MD5 exchange of {@code cram-md5-vectors.txt}. */
  public record CramVector(int number, String challengeLine, String hmacMessage, byte[] response, String keyString,
      String bareosBase64, String standardBase64, String verdict) {}

  private static final Pattern MESSAGE = Pattern.compile(
      "^\\+\\s*\\S+ (#\\d+)\\s+(\\S+) -> (\\S+)\\s+\\[(\\d+)\\] \"(.*)\"$");
  private static final Pattern SIGNAL = Pattern.compile(
      "^\\+\\s*\\S+ (#\\d+)\\s+(\\S+) -> (\\S+)\\s+\\[sig (-?\\d+)\\] (\\S+)$");

  private SharedData() {}

  public static Path root() {
    String shared = System.getProperty("jbareos.shared");
    if (shared == null) {
      throw new IllegalStateException("system property jbareos.shared is not set (Surefire sets it)");
    }
    return Path.of(shared);
  }

  public static List<Path> transcripts() throws IOException {
    Path dir = root().resolve("conformance");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().contains(".bconsole-"))
          .filter(p -> !p.getFileName().toString().endsWith(".output.txt"))
          .filter(p -> !List.of("cram-md5-vectors.txt", "dataset-manifest.txt").contains(p.getFileName().toString()))
          .sorted().toList();
    }
  }

  /** Every text message and signal of one transcript; binary payloads (shown as hex) are skipped. */
  public static List<TranscriptLine> transcript(Path file) throws IOException {
    List<TranscriptLine> lines = new ArrayList<>();
    String name = file.getFileName().toString();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      Matcher m = MESSAGE.matcher(line);
      if (m.matches()) {
        byte[] payload = unescape(m.group(5));
        if (payload.length != Integer.parseInt(m.group(4))) {
          throw new IllegalStateException(name + ": length mismatch in " + line);
        }
        lines.add(new TranscriptLine(name, m.group(1), m.group(2), m.group(3), payload, null));
        continue;
      }
      Matcher s = SIGNAL.matcher(line);
      if (s.matches()) {
        lines.add(new TranscriptLine(name, s.group(1), s.group(2), s.group(3), new byte[0],
            Integer.parseInt(s.group(4))));
      }
    }
    return lines;
  }

  /** Undoes the transcripts' C escapes: {@code \n \t \\ \xNN}. */
  public static byte[] unescape(String escaped) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\' || i + 1 == escaped.length()) {
        out.write(c);
        continue;
      }
      char next = escaped.charAt(++i);
      switch (next) {
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case 'r' -> out.write('\r');
        case '\\' -> out.write('\\');
        case 'x' -> {
          out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + escaped);
      }
    }
    return out.toByteArray();
  }

  private static final Pattern QUOTED = Pattern.compile("^[^:]+: \"(.*)\"(\\s+\\[\\d+ bytes.*)?$");

  public static List<CramVector> cramVectors() throws IOException {
    List<String> lines = Files.readAllLines(root().resolve("conformance/cram-md5-vectors.txt"),
        StandardCharsets.ISO_8859_1);
    List<CramVector> vectors = new ArrayList<>();
    int number = 0;
    String challenge = null;
    String hmacMessage = null;
    byte[] response = null;
    String key = null;
    String bareos = null;
    String standard = null;
    for (String line : lines) {
      if (line.startsWith("--- vector ")) {
        number = Integer.parseInt(line.substring(11, line.indexOf(':')));
      } else if (line.startsWith("challenge line  :")) {
        challenge = quoted(line);
      } else if (line.startsWith("HMAC message    :")) {
        hmacMessage = quoted(line);
      } else if (line.startsWith("response bytes  :")) {
        response = unescape(quoted(line));
      } else if (line.startsWith("key string      :")) {
        key = quoted(line);
      } else if (line.startsWith("bareos base64   :")) {
        bareos = line.substring(17).trim().split(" ")[0];
      } else if (line.startsWith("standard base64 :")) {
        standard = line.substring(17).trim().split(" ")[0];
      } else if (line.startsWith("verdict line    :")) {
        String verdict = new String(unescape(quoted(line)), StandardCharsets.ISO_8859_1);
        vectors.add(new CramVector(number, new String(unescape(challenge), StandardCharsets.ISO_8859_1),
            hmacMessage, response, key, bareos, standard, verdict));
      }
    }
    return vectors;
  }

  private static String quoted(String line) {
    Matcher m = QUOTED.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a quoted vector line: " + line);
    }
    return m.group(1);
  }
}
