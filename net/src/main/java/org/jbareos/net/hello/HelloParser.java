package org.jbareos.net.hello;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.jbareos.net.BashedSpaces;
import org.jbareos.net.ProtocolException;

/**
 * Parses hello lines (PROTOCOL.md §2.1, §2.2). The kind is chosen in the order of the servers' prefix table ({@code
 * lib/util.cc hello_list}, "this order is important"):
 *
 * <pre>
 *   Hello Storage calling Start Job  -&gt; R_JOB      (name = word 5)
 *   Hello Start Storage Job          -&gt; R_JOB      (word 4)
 *   Hello Start Job                  -&gt; R_JOB      (word 3)
 *   Hello Director                   -&gt; R_DIRECTOR (word 2)
 *   Hello Storage                    -&gt; R_STORAGE  (word 2)  no Bareos daemon sends this: refused
 *   Hello Client                     -&gt; R_CLIENT   (word 2)
 *   Hello                            -&gt; R_CONSOLE  (word 1, version = word 4)
 * </pre>
 *
 * Words are split at single blanks; 0x01 in a name becomes a space again. Unlike {@code bsscanf}, the parser accepts
 * only the documented forms (one trailing {@code \n}, no extra words), so whatever it accepts formats back byte for
 * byte. Names longer than 127 characters ({@code %127s}) are refused. A console version word that is present but not
 * {@code N.M...} is refused, as the Director does.
 */
final class HelloParser {
  /** {@code MAX_NAME_LENGTH - 1}: the longest name {@code %127s} takes. */
  static final int MAX_NAME = 127;

  private HelloParser() {}

  static Hello parse(String text) throws ProtocolException {
    int nul = text.indexOf('\0');
    String line = nul >= 0 ? text.substring(0, nul) : text;
    if (line.endsWith("\n")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw malformed("line break inside the hello", text);
    }
    String[] w = line.split(" ", -1);
    if (!w[0].equals("Hello") || w.length < 2) {
      throw malformed("not a hello", text);
    }
    if (starts(w, "Storage", "calling", "Start", "Job")) {
      return new Hello.StorageStartJob(name(w, 5, text), versionAt(w, 6, text));
    }
    if (starts(w, "Start", "Storage", "Job")) {
      return new Hello.StartStorageJob(name(w, 4, text), versionAt(w, 5, text));
    }
    if (starts(w, "Start", "Job")) {
      return new Hello.StartJob(name(w, 3, text), versionAt(w, 4, text));
    }
    if (starts(w, "Director")) {
      String name = name(w, 2, text);
      expect(w, 3, "calling", text);
      return new Hello.Director(name, versionAt(w, 4, text));
    }
    if (starts(w, "Storage")) {
      throw malformed("a Storage hello other than 'Storage calling Start Job' is not sent by any Bareos daemon",
          text);
    }
    if (starts(w, "Client")) {
      return client(w, text);
    }
    return console(w, text);
  }

  private static Hello client(String[] w, String text) throws ProtocolException {
    String name = name(w, 2, text);
    int at = 3;
    OptionalInt protocol = OptionalInt.empty();
    if (w.length > at && w[at].startsWith("FdProtocolVersion=")) {
      String digits = w[at].substring("FdProtocolVersion=".length());
      if (!digits.matches("\\d{1,9}")) {
        throw malformed("bad FdProtocolVersion", text);
      }
      protocol = OptionalInt.of(Integer.parseInt(digits));
      at++;
    }
    expect(w, at, "calling", text);
    Optional<BareosVersion> version = versionAt(w, at + 1, text);
    if (version.isPresent() && protocol.isEmpty()) {
      throw malformed("a client hello with Version= carries FdProtocolVersion=", text);
    }
    return new Hello.Client(name, protocol, version);
  }

  private static Hello console(String[] w, String text) throws ProtocolException {
    String name = name(w, 1, text);
    expect(w, 2, "calling", text);
    if (w.length == 3) {
      return new Hello.Console(name, Optional.empty(), Optional.empty());
    }
    expect(w, 3, "version", text);
    if (w.length < 5) {
      throw malformed("'version' without a version word", text);
    }
    String full = w[4];
    if (!full.isEmpty() && consoleVersionNumber(full).isEmpty()) {
      throw malformed("console version word is not N.M...", text);
    }
    return new Hello.Console(name, Optional.of(full), versionAt(w, 5, text));
  }

  /** {@code major*100+minor} read like {@code std::stoul} of the first two dot-separated parts. */
  static OptionalInt consoleVersionNumber(String word) {
    String[] parts = word.split("\\.", -1);
    if (parts.length < 2) {
      return OptionalInt.empty();
    }
    String major = leadingDigits(parts[0]);
    String minor = leadingDigits(parts[1]);
    if (major.isEmpty() || minor.isEmpty() || major.length() > 7 || minor.length() > 7) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(major) * 100 + Integer.parseInt(minor));
  }

  private static String leadingDigits(String s) {
    int i = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
      i++;
    }
    return s.substring(0, i);
  }

  private static boolean starts(String[] w, String... words) {
    return w.length > words.length && Arrays.equals(w, 1, words.length + 1, words, 0, words.length);
  }

  private static String name(String[] w, int at, String text) throws ProtocolException {
    if (w.length <= at || w[at].isEmpty()) {
      throw malformed("no name in word " + at, text);
    }
    if (w[at].length() > MAX_NAME) {
      throw malformed("name longer than " + MAX_NAME + " characters", text);
    }
    for (int i = 0; i < w[at].length(); i++) {
      char c = w[at].charAt(i);
      if (c < 0x20 && c != BashedSpaces.BASHED_SPACE || c == 0x7f) {
        throw malformed("control character in the name", text);
      }
    }
    return BashedSpaces.unbash(w[at]);
  }

  private static void expect(String[] w, int at, String word, String text) throws ProtocolException {
    if (w.length <= at || !w[at].equals(word)) {
      throw malformed("expected '" + word + "' as word " + at, text);
    }
  }

  private static Optional<BareosVersion> versionAt(String[] w, int at, String text) throws ProtocolException {
    if (w.length <= at) {
      return Optional.empty();
    }
    if (w.length > at + 1) {
      throw malformed("unexpected words after word " + at, text);
    }
    Optional<BareosVersion> version = BareosVersion.parseWord(w[at]);
    if (version.isEmpty()) {
      throw malformed("expected Version=\"x.y.z\" as word " + at, text);
    }
    return version;
  }

  private static ProtocolException malformed(String why, String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(160).forEach(c -> shown.append(c >= 0x20 && c != 0x7f ? Character.toString(c)
        : String.format("\\x%02x", c)));
    return new ProtocolException("Malformed hello (" + why + "): \"" + shown + "\"");
  }
}
