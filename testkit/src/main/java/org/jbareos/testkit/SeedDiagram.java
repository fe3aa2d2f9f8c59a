package org.jbareos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detailed sequence diagram of the seed ({@code seeds/002_087de0db70e34b47.txt}, Bareos 19.1.2): the plantuml block
 * after {@code :caption: <caption>}, its lines as {@link TraceLine}s with the participants' aliases ({@code
 * participant sd as "Storage Daemon"}) resolved to their display names.
 */
public final class SeedDiagram {

  /** The reference conversations (DESIGN.md). */
  public static final String SEED = "002_087de0db70e34b47.txt";
  public static final String BACKUP = "Network Sequence of a Backup of a Single File";
  public static final String RESTORE = "Network Sequence of a Restore of a Single File";

  private static final Pattern PARTICIPANT = Pattern.compile("^\\s*participant\\s+(\\S+)\\s+as\\s+\"([^\"]+)\"\\s*$");

  private SeedDiagram() {}

  /** The lines of the diagram captioned exactly {@code caption}. */
  public static List<TraceLine> load(String caption) {
    List<String> lines;
    try {
      lines = Files.readAllLines(SharedData.seed(SEED), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = lines.indexOf("  :caption: " + caption);
    if (at < 0) {
      throw new IllegalArgumentException("no diagram captioned \"" + caption + "\" in " + SEED);
    }
    Map<String, String> aliases = new HashMap<>();
    List<TraceLine> messages = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && !lines.get(i).strip().equals("@enduml"); i++) {
      Matcher participant = PARTICIPANT.matcher(lines.get(i));
      if (participant.matches()) {
        aliases.put(participant.group(1), participant.group(2));
        continue;
      }
      TraceLine.parse(lines.get(i)).ifPresent(line -> messages.add(new TraceLine(
          aliases.getOrDefault(line.from(), line.from()), aliases.getOrDefault(line.to(), line.to()), line.length(),
          line.text())));
    }
    return messages;
  }
}
