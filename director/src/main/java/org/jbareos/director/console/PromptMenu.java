package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jbareos.net.Signal;

/**
 * A numbered choice the Director asks the console for ({@code dird/ua_select.cc DoPrompt}, {@code FormatPrompts},
 * {@code GetPint}): the header, the items numbered from 1 (in columns when there are more than 20 and they fit twice
 * into 80 characters), then {@code <question> (1-N): } until the answer is a number in range. A single item is taken
 * without asking ({@code Automatically selected <what>: <item>}).
 */
final class PromptMenu {
  private static final int WINDOW_WIDTH = 80;
  private static final int MIN_LINES_THRESHOLD = 20;

  private PromptMenu() {}

  /**
   * @param what the kind of item, for {@code Automatically selected ...}
   * @return the chosen item's index from 0; empty when the console cancelled ({@code Selection aborted, nothing
   *     done.}) or the list is empty
   */
  static OptionalInt choose(ConsoleSession session, String header, List<String> items, String what, String question)
      throws IOException {
    ConsoleOutput out = session.output();
    boolean api = out.mode() != ApiMode.OFF;
    if (items.size() == 1) {
      if (!api) {
        out.send("Automatically selected %s: %s\n", what, items.getFirst());
      }
      return OptionalInt.of(0);
    }
    if (items.isEmpty()) {
      out.error("Selection list for \"%s\" is empty!\n", what);
      return OptionalInt.empty();
    }
    if (api) {
      session.connection().signal(Signal.START_SELECT);
    }
    out.send(header);
    if (api) {
      for (String item : items) {
        out.send(item);
      }
      session.connection().signal(Signal.END_SELECT);
    } else {
      out.send(format(items));
    }
    while (true) {
      if (api) {
        session.connection().signal(Signal.SELECT_INPUT);
      }
      Optional<String> answer = session.ask(String.format(Locale.ROOT, "%s (1-%d): ", question, items.size()),
          false);
      if (answer.isEmpty()) {
        out.info("Selection aborted, nothing done.\n");
        return OptionalInt.empty();
      }
      String text = answer.get().strip();
      if (!text.matches("\\d+(\\.\\d*)?")) {
        out.warning("Expected a positive integer, got: %s\n", answer.get());
        continue;
      }
      double value = Double.parseDouble(text);
      if (value < 1 || value > items.size()) {
        out.warning("Please enter a number between 1 and %d\n", items.size());
        continue;
      }
      return OptionalInt.of((int) value - 1);
    }
  }

  /** {@code FormatPrompts}: one {@code %*zu: %s} line each, or columns for long lists. */
  static String format(List<String> items) {
    int indexWidth = Integer.toString(items.size()).length();
    int longest = Math.max(1, items.stream().mapToInt(String::length).max().orElse(1));
    int formattedLength = longest + indexWidth + 4;
    StringBuilder text = new StringBuilder();
    if (items.size() > MIN_LINES_THRESHOLD && WINDOW_WIDTH > formattedLength * 2) {
      int perLine = Math.max(1, WINDOW_WIDTH / (formattedLength - 1));
      int lines = (items.size() + perLine - 1) / perLine;
      for (int line = 0; line < lines; line++) {
        for (int i = line; i < items.size(); i += lines) {
          text.append(String.format(Locale.ROOT, "%" + indexWidth + "d: %-" + longest + "s ", i + 1, items.get(i)));
        }
        text.append('\n');
      }
    } else {
      for (int i = 0; i < items.size(); i++) {
        text.append(String.format(Locale.ROOT, "%" + indexWidth + "d: %s\n", i + 1, items.get(i)));
      }
    }
    return text.toString();
  }
}
