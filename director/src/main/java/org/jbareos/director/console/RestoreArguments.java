package org.jbareos.director.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The keywords of {@code restore} ({@code dird/ua_restore.cc UserSelectJobidsOrFiles}, its {@code kw[]} list):
 * {@code client=}, {@code jobid=<n>[,<m>..]} or {@code current}, {@code select}, {@code fileset=}, {@code where=},
 * {@code replace=}, {@code restorejob=}, {@code all}, {@code file=}, {@code directory=}, {@code done}, {@code yes}.
 * A word Bareos does not know is refused as it refuses it ({@code Unknown keyword: x}); the Bareos keywords jbareos
 * does not implement yet ({@code before=}, {@code regexwhere=}, ...) are refused by name, so that a restore never
 * silently ignores part of what was asked.
 *
 * @param jobIds the {@code jobid=} values joined by commas, empty for {@code current} (or no jobid at all)
 * @param current whether {@code current} was given
 * @param select whether {@code select} was given (the latest state of the fileset, without a {@code jobid=})
 * @param done whether {@code done} was given: no file selection mode
 * @param replace the {@code replace=} letter ({@code ReplaceOptions}: always {@code a}, ifnewer {@code w}, ifolder
 *     {@code o}, never {@code n})
 */
record RestoreArguments(Optional<String> jobIds, boolean current, boolean select, boolean all, List<String> files,
    List<String> directories, Optional<String> client, Optional<String> fileSet, Optional<String> where,
    Optional<Character> replace, Optional<String> restoreJob, boolean done, boolean yes) {

  /** Handled here, in {@code kw[]}'s order. */
  private static final Set<String> KNOWN = Set.of("jobid", "current", "file", "directory", "select", "all",
      "client", "fileset", "where", "yes", "done", "restorejob", "replace");

  /** The rest of Bareos's {@code kw[]}: valid Bareos, not in jbareos yet. */
  private static final Set<String> NOT_YET = Set.of("before", "pool", "fileregex", "storage", "bootstrap",
      "strip_prefix", "add_prefix", "add_suffix", "regexwhere", "restoreclient", "copies", "comment",
      "pluginoptions", "archive");

  /** Keywords that need {@code =value} ({@code HasValue}, or {@code FindArgWithValue} for the looked-up ones). */
  private static final Set<String> NEED_VALUE = Set.of("jobid", "file", "directory", "client", "fileset", "where",
      "restorejob", "replace");

  /** Parses the command line; on a mistake the Bareos error text goes out and the result is empty. */
  static Optional<RestoreArguments> parse(CommandLine line, ConsoleOutput out) throws IOException {
    List<String> jobIds = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<String> directories = new ArrayList<>();
    int jobIndex = -1;
    int dateIndex = -1;
    for (int i = 1; i < line.size(); i++) {
      String key = line.key(i).toLowerCase(Locale.ROOT);
      if (NOT_YET.contains(key)) {
        out.error("restore %s: this form is not available in jbareos yet.\n", line.key(i));
        return Optional.empty();
      }
      if (!KNOWN.contains(key)) {
        out.error("Unknown keyword: %s\n", line.key(i));
        return Optional.empty();
      }
      if (NEED_VALUE.contains(key) && line.value(i).isEmpty()) {
        out.error("Missing value for keyword: %s\n", line.key(i));
        return Optional.empty();
      }
      switch (key) {
        case "jobid" -> {
          if (dateIndex >= 0) {
            out.error("A date was already chosen via '%s' which is incompatible with choosing a job explicitly"
                + " via '%s'\n", word(line, dateIndex), word(line, i));
            return Optional.empty();
          }
          jobIndex = jobIndex < 0 ? i : jobIndex;
          jobIds.add(line.value(i).orElseThrow());
        }
        case "current" -> {
          if (jobIndex >= 0) {
            out.error("A job was already explicitly chosen via '%s' which is incompatible with choosing a job by"
                + " date '%s'\n", word(line, jobIndex), word(line, i));
            return Optional.empty();
          }
          if (dateIndex >= 0) {
            out.error("A date was already chosen via '%s'. Cannot choose another one via '%s'\n",
                word(line, dateIndex), word(line, i));
            return Optional.empty();
          }
          dateIndex = i;
        }
        case "file" -> files.add(line.value(i).orElseThrow());
        case "directory" -> directories.add(line.value(i).orElseThrow());
        default -> {
          // looked up by name below, as Bareos's FindArgWithValue does
        }
      }
    }
    Optional<Character> replace = Optional.empty();
    Optional<String> replaceWord = line.valueOf("replace");
    if (replaceWord.isPresent()) {
      replace = replaceLetter(replaceWord.get());
      if (replace.isEmpty()) {
        out.send("Invalid replace option: %s\n", replaceWord.get());
        return Optional.empty();
      }
    }
    return Optional.of(new RestoreArguments(
        jobIds.isEmpty() ? Optional.empty() : Optional.of(String.join(",", jobIds)), dateIndex >= 0,
        line.find("select") > 0, line.find("all") > 0, files, directories, line.valueOf("client"),
        line.valueOf("fileset"), line.valueOf("where"), replace, line.valueOf("restorejob"), line.find("done") > 0,
        line.find("yes") > 0));
  }

  /** {@code ReplaceOptions} of {@code dird/ua_run.cc}: the word a console types and the FD's letter. */
  static Optional<Character> replaceLetter(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "always" -> Optional.of('a');
      case "ifnewer" -> Optional.of('w');
      case "ifolder" -> Optional.of('o');
      case "never" -> Optional.of('n');
      default -> Optional.empty();
    };
  }

  /** A word as Bareos quotes it in its errors ({@code FMTARG}: {@code key=value} or {@code key}). */
  private static String word(CommandLine line, int i) {
    return line.key(i) + line.value(i).map(v -> "=" + v).orElse("");
  }
}
