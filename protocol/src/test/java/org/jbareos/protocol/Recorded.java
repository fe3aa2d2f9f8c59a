package org.jbareos.protocol;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/** The text frames of the conformance transcripts (conformance/README.md) that protocol tests read. */
public final class Recorded {
  /** The captures whose Director, FD and SD messages the protocol must reproduce. */
  public static final List<String> CAPTURES =
      List.of("backup-full.txt", "backup-incremental.txt", "restore.txt", "verify-volume.txt", "copy.txt");

  private Recorded() {}

  /** Every complete data frame sent from one role to another in all captures whose UTF-8 text passes the filter. */
  public static List<TranscriptMessage> frames(String from, String to, Predicate<String> which) {
    return CAPTURES.stream()
        .flatMap(name -> Transcript.conformance(name).messages().stream())
        .filter(m -> !m.isSignal() && m.complete() && m.isFrom(from, to) && which.test(m.latin1()))
        .toList();
  }

  /** Frames sent from one role to another whose text starts with the prefix. */
  public static List<TranscriptMessage> startingWith(String from, String to, String prefix) {
    return frames(from, to, text -> text.startsWith(prefix));
  }

  /** Frames from any of the roles to any of the other roles that start with the prefix. */
  public static List<TranscriptMessage> startingWith(List<String> from, List<String> to, String prefix) {
    return from.stream()
        .flatMap(f -> to.stream().flatMap(t -> startingWith(f, t, prefix).stream()))
        .toList();
  }

  /** All roles of the captures' daemons. */
  public static Stream<String> daemons() {
    return Stream.of("dir", "fd", "sd", "sd2");
  }
}
