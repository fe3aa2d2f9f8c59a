package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a {@code restore} without {@code jobid=}, {@code current}, {@code select} or a file list chooses its jobs
 * ({@code dird/ua_restore.cc UserSelectJobidsOrFiles}): the explanation, then the menu {@code To select the JobIds,
 * you have the following choices:} until a choice selects jobs. jbareos has choice 3 (a list of JobIds) and 5 (the
 * most recent backup of a client); 13 cancels; the others say they are not in jbareos yet and show the menu again.
 */
final class RestoreJobChoice {
  static final List<String> CHOICES = List.of("List last 20 Jobs run", "List Jobs where a given File is saved",
      "Enter list of comma separated JobIds to select", "Enter SQL list command",
      "Select the most recent backup for a client", "Select backup for a client before a specified time",
      "Enter a list of files to restore", "Enter a list of files to restore before a specified time",
      "Find the JobIds of the most recent backup for a client",
      "Find the JobIds for a backup for a client before a specified time",
      "Enter a list of directories to restore for found JobIds", "Select full restore to a specified Job date",
      "Cancel");
  private static final int JOB_IDS = 2;
  private static final int MOST_RECENT = 4;
  private static final int CANCEL = 12;

  /** What the menu chose: the JobIds typed (to check as {@code jobid=} is), or the most recent backup. */
  sealed interface Choice {
    record JobIds(String list) implements Choice {}

    record MostRecent() implements Choice {}
  }

  private RestoreJobChoice() {}

  /** Asks until a choice is made; empty when the console cancelled. */
  static Optional<Choice> ask(ConsoleSession session) throws IOException {
    ConsoleOutput out = session.output();
    out.send("\nFirst you select one or more JobIds that contain files\n"
        + "to be restored. You will be presented several methods\n"
        + "of specifying the JobIds. Then you will be allowed to\n"
        + "select which files from those JobIds are to be restored.\n\n");
    while (true) {
      OptionalInt item = PromptMenu.choose(session, "To select the JobIds, you have the following choices:\n",
          CHOICES, "", "Select item: ");
      if (item.isEmpty() || item.getAsInt() == CANCEL) {
        return Optional.empty();
      }
      switch (item.getAsInt()) {
        case JOB_IDS -> {
          Optional<String> ids = session.ask("Enter JobId(s), comma separated, to restore: ", false);
          return ids.map(Choice.JobIds::new);
        }
        case MOST_RECENT -> {
          return Optional.of(new Choice.MostRecent());
        }
        default -> out.error("Choice %d (%s) is not available in jbareos yet.\n", item.getAsInt() + 1,
            CHOICES.get(item.getAsInt()));
      }
    }
  }
}
