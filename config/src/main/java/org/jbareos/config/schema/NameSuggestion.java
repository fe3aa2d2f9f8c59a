package org.jbareos.config.schema;

import java.util.Collection;
import java.util.Optional;
import org.jbareos.config.syntax.DirectiveNode;

/**
 * The known name closest to a misspelt one, for "did you mean 'Address'?". Distance is the
 * Levenshtein distance between the matching keys (lower case, no spaces); names further away
 * than a third of their length are not suggested.
 */
public final class NameSuggestion {

  private NameSuggestion() {}

  public static Optional<String> nearest(String written, Collection<String> known) {
    String key = DirectiveNode.key(written);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(key, DirectiveNode.key(candidate));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int limit = Math.max(2, key.length() / 3);
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** "; did you mean 'X'?" or nothing. */
  public static String hint(String written, Collection<String> known) {
    return nearest(written, known).map(n -> "; did you mean '" + n + "'?").orElse("");
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[b.length()];
  }
}
