package org.jbareos.testkit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a network dump in the seed diagrams' form ({@code org.jbareos.net.trace.NetworkTrace}): {@code "<from>"
 * -> "<to>": (<len>) <text>\n}. The length is the payload length, {@code >999} for 999 bytes or more, or a signal's
 * negative value; the text shows at most 100 payload bytes, a newline as a space.
 *
 * @param from the sender's display name ({@code Director}, {@code Storage Daemon}, {@code File Daemon})
 * @param to the receiver's display name
 * @param length the printed length; 999 stands for {@code >999}
 * @param text the printed text, without the closing {@code \n}
 */
public record TraceLine(String from, String to, int length, String text) {

  /** The dump shows at most this many payload bytes ({@code max_data_dump_bytes_}). */
  public static final int MAX_SHOWN = 100;

  private static final Pattern LINE =
      Pattern.compile("^\\s*\"?([^\"]+?)\"?\\s*->\\s*\"?([^\":]+?)\"?: \\(\\s*(-?\\d+|>999)\\) (.*)\\\\n$");

  /** True for a signal ({@code BNET_EOD}, ...). */
  public boolean isSignal() {
    return length < 0;
  }

  /**
   * True when the dump cut the text: it shows the first {@value #MAX_SHOWN} bytes of a longer payload. (A shorter
   * text than the length alone does not say so: the dump also leaves out a payload's NULs and other control bytes.)
   */
  public boolean truncated() {
    return length > MAX_SHOWN;
  }

  /** The line as the dump prints it. */
  @Override
  public String toString() {
    return "\"" + from + "\" -> \"" + to + "\": (" + (length >= 999 ? ">999" : String.format("%4d", length)) + ") "
        + text + "\\n";
  }

  /** Reads a dump line; empty when it is not one (a comment, a participant declaration, ...). */
  public static Optional<TraceLine> parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    int length = m.group(3).equals(">999") ? 999 : Integer.parseInt(m.group(3));
    return Optional.of(new TraceLine(m.group(1), m.group(2), length, m.group(4)));
  }
}
