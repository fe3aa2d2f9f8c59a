package org.jbareos.director.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A console command split into keywords and values as {@code ParseUaArgs} does ({@code lib/parse_args.cc}): words
 * are separated by blanks, double quotes group blanks into a word and are removed, and {@code key=value} words give
 * {@code argk}/{@code argv}. Keywords are compared without regard to case ({@code FindArg}, {@code GetArgValue}).
 *
 * @param text the command as received
 * @param keys {@code argk}: the keyword of each word
 * @param values {@code argv}: the value after {@code =}, or null when the word had none
 */
public record CommandLine(String text, List<String> keys, List<String> values) {

  public CommandLine {
    Objects.requireNonNull(text, "text");
    keys = List.copyOf(keys);
    values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** Parses a command frame (a trailing NUL or newline is not part of the command). */
  public static CommandLine parse(String text) {
    String command = text;
    int nul = command.indexOf('\0');
    if (nul >= 0) {
      command = command.substring(0, nul);
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (!quoted && Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String w : words) {
      int eq = w.indexOf('=');
      keys.add(eq < 0 ? w : w.substring(0, eq));
      values.add(eq < 0 ? null : w.substring(eq + 1));
    }
    return new CommandLine(text, keys, values);
  }

  /** {@code argc}. */
  public int size() {
    return keys.size();
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** {@code argk[0]}, the command word. */
  public String command() {
    return keys.getFirst();
  }

  public String key(int i) {
    return keys.get(i);
  }

  /** {@code argv[i]}, empty when the word had no {@code =}. */
  public Optional<String> value(int i) {
    return Optional.ofNullable(values.get(i));
  }

  /** {@code FindArg}: the index of the first word with this keyword after the command, or -1. */
  public int find(String keyword) {
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i).equalsIgnoreCase(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code GetArgValue}: the value of {@code keyword=value}, if given. */
  public Optional<String> valueOf(String keyword) {
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i).equalsIgnoreCase(keyword) && values.get(i) != null) {
        return Optional.of(values.get(i));
      }
    }
    return Optional.empty();
  }

  /** The command word in lower case, for messages. */
  public String commandLowerCase() {
    return command().toLowerCase(Locale.ROOT);
  }
}
