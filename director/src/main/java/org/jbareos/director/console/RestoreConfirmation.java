package org.jbareos.director.console;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jbareos.config.dir.JobResource;

/**
 * The question before a restore runs without {@code yes} ({@code dird/ua_run.cc}: {@code DisplayJobParameters} for
 * a Restore job with a bootstrap, then {@code OK to run? (yes/mod/no): } until the answer is valid). An empty answer
 * or a prefix of {@code yes} runs the job, {@code no} says {@code Job not run.}. Changing the parameters ({@code
 * mod}) is not in jbareos yet: it says so and asks again. jbareos builds the bootstrap when the job starts, so there
 * is no bootstrap file to name yet ({@code Bootstrap: *None*}).
 */
final class RestoreConfirmation {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private RestoreConfirmation() {}

  /** Shows the parameters and asks; true when the answer is to run. */
  static boolean confirmed(ConsoleSession session, JobResource job, String client, Optional<String> where,
      Optional<Character> replace) throws IOException {
    DirectorServices director = session.director();
    ConsoleOutput out = session.output();
    out.send("Run Restore job\n"
        + "JobName:         %s\n"
        + "Bootstrap:       %s\n"
        + "Where:           %s\n"
        + "Replace:         %s\n"
        + "FileSet:         %s\n"
        + "Backup Client:   %s\n"
        + "Restore Client:  %s\n"
        + "Format:          %s\n"
        + "Storage:         %s\n"
        + "When:            %s\n"
        + "Catalog:         %s\n"
        + "Priority:        %d\n"
        + "Plugin Options:  %s\n",
        job.name(), "*None*", where.orElse(job.where() == null ? "*None*" : job.where()),
        replaceName(replace.orElseGet(() -> RestoreArguments.replaceLetter(
            job.replace() == null ? "always" : job.replace()).orElse('a'))),
        nonNull(job.fileSet()), client, client, "Native",
        job.storage().isEmpty() ? "*None*" : job.storage().getFirst(), WHEN.format(director.now()),
        director.catalogName(), job.priority(), "*None*");
    while (true) {
      Optional<String> answer = session.ask("OK to run? (yes/mod/no): ", false);
      if (answer.isEmpty()) {
        out.send("Job not run.\n");
        return false;
      }
      String text = answer.get();
      if (text.isEmpty() || isPrefixOf(text, "yes")) {
        return true;
      }
      if (isPrefixOf(text, "no")) {
        out.send("Job not run.\n");
        return false;
      }
      if (isPrefixOf(text, "mod ") || text.toLowerCase(Locale.ROOT).startsWith("mod")
          || text.toLowerCase(Locale.ROOT).startsWith(".mod")) {
        out.error("mod: changing the job's parameters is not available in jbareos yet.\n");
        continue;
      }
      out.warning("Illegal response %s\n", text);
    }
  }

  /** {@code bstrncasecmp(answer, word, strlen(answer))}. */
  private static boolean isPrefixOf(String answer, String word) {
    return answer.length() <= word.length() && word.regionMatches(true, 0, answer, 0, answer.length());
  }

  /** {@code ReplaceOptions}' names. */
  private static String replaceName(char letter) {
    return switch (letter) {
      case 'w' -> "IfNewer";
      case 'o' -> "IfOlder";
      case 'n' -> "Never";
      default -> "Always";
    };
  }

  private static String nonNull(String value) {
    return value == null ? "*None*" : value;
  }
}
