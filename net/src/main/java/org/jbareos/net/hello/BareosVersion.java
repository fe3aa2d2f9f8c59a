package org.jbareos.net.hello;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Version="<maj>.<min>.<patch>"} word at the end of a current hello (PROTOCOL.md §2.1, §0: added for
 * 26.0.0; older peers omit it).
 */
public record BareosVersion(int major, int minor, int patch) {
  /** The Bareos release whose protocol jbareos speaks (PROTOCOL.md: read from 26.0.0-pre); every daemon says so. */
  public static final BareosVersion SPOKEN = new BareosVersion(26, 0, 0);

  private static final Pattern WORD = Pattern.compile("Version=\"(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})\"");

  public BareosVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version parts are unsigned: " + major + "." + minor + "." + patch);
    }
  }

  /** The hello word, e.g. {@code Version="26.0.0"}. */
  public String toWord() {
    return "Version=\"" + this + "\"";
  }

  /** Parses a hello word {@code Version="x.y.z"}; empty if the word has another form. */
  public static Optional<BareosVersion> parseWord(String word) {
    Matcher m = WORD.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new BareosVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
