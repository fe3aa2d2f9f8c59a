package org.jbareos.cli.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The console's output with its unfinished last line held back: complete lines go out at once, the rest waits. When
 * the Director ends its answer with a question ({@code $ }, {@code OK to run? (yes/mod/no): }), the line editor
 * shows that text as its own prompt, so that redrawing the input line does not overwrite it; otherwise the held text
 * is written as it came.
 */
final class HeldLine {
  private final PrintStream out;
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();

  HeldLine(PrintStream out) {
    this.out = out;
  }

  /** Writes {@code bytes} up to their last line end (with what was held before), holds the rest. */
  void write(byte[] bytes) {
    int lastLineEnd = -1;
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        lastLineEnd = i;
        break;
      }
    }
    if (lastLineEnd < 0) {
      held.writeBytes(bytes);
      return;
    }
    out.write(held.toByteArray(), 0, held.size());
    held.reset();
    out.write(bytes, 0, lastLineEnd + 1);
    held.write(bytes, lastLineEnd + 1, bytes.length - lastLineEnd - 1);
  }

  /** The held text, no longer held and not written. */
  String take() {
    String text = held.toString(StandardCharsets.UTF_8);
    held.reset();
    return text;
  }

  /** Writes the held text. */
  void flush() {
    out.write(held.toByteArray(), 0, held.size());
    held.reset();
    out.flush();
  }
}
