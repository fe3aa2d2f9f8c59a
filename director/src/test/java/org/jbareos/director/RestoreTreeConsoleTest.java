package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.director.ConsoleClient.Reply;
import org.jbareos.net.Signal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive {@code restore} ({@code dird/ua_tree.cc}, {@code ua_restore.cc}): the file selection mode's
 * commands and their exact texts, the menu of a bare {@code restore}, and the {@code OK to run?} question, against
 * the recording's catalog (JobId 1: {@code /srv/bareos-test/data/} with {@code docs/} and seven files) with a job
 * runner that records what it is asked to start. Each answer is one line sent after a {@code BNET_SUB_PROMPT}.
 */
class RestoreTreeConsoleTest {
  private static final String PROMPT = "$ ";

  @TempDir static Path catalogDirectory;
  private static CatalogDatabase catalog;

  private final RecordingJobRunner runner = new RecordingJobRunner();
  private DirectorDaemon director;

  @BeforeAll
  static void seedCatalog() throws SQLException {
    catalog = CatalogDatabase.open(new CatalogSettings.Embedded(catalogDirectory, 0));
    RestoreCommandTest.seed(catalog);
  }

  @AfterAll
  static void closeCatalog() {
    catalog.close();
  }

  @BeforeEach
  void startDirector() throws Exception {
    director = KitConsoleDirector.start(KitConsoleDirector.options(catalog).withJobRunner(runner));
  }

  @AfterEach
  void stopDirector() throws IOException {
    director.close();
  }

  @Test
  void theTreeCommandsAnswerAsBareos() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.converse("restore client=bareos-fd jobid=1")).isEqualTo(new Reply(
          "Using Catalog \"MyCatalog\"\n"
              + "You have selected the following JobId: 1\n"
              + "\nBuilding directory tree for JobId(s) 1 ...  "
              + "\n11 files inserted into the tree.\n"
              + "\nYou are now entering file selection mode where you add (mark) and\n"
              + "remove (unmark) files to be restored. No files are initially added, unless\n"
              + "you used the \"all\" keyword on the command line.\n"
              + "Enter \"done\" to leave this mode.\n\n"
              + "<BNET_START_RTREE>cwd is: /\n" + PROMPT, Signal.SUB_PROMPT));
      assertThat(console.converse("ls")).isEqualTo(prompted("srv/\n"));
      assertThat(console.converse("mark nothing")).isEqualTo(prompted("No files newly marked.\n"));
      assertThat(console.converse("cd /srv/bareos-test/data")).isEqualTo(prompted("cwd is: /srv/bareos-test/data/\n"));
      assertThat(console.converse("ls")).isEqualTo(prompted("docs/\nempty.dat\nfile with space.txt\n"
          + "grüße-日本.txt\nlink-to-tape_options\nrandom.bin\ntape_options\n"));
      assertThat(console.converse("mark docs")).isEqualTo(prompted("4 files newly marked.\n"));
      assertThat(console.converse("mark *.txt")).isEqualTo(prompted("2 files newly marked.\n"));
      assertThat(console.converse("mark docs/a.txt")).isEqualTo(prompted("No files newly marked.\n"));
      assertThat(console.converse("l")).isEqualTo(prompted("*docs/\nempty.dat\n*file with space.txt\n"
          + "*grüße-日本.txt\nlink-to-tape_options\nrandom.bin\ntape_options\n"));
      assertThat(console.converse("cd ..")).isEqualTo(prompted("cwd is: /srv/bareos-test/\n"));
      assertThat(console.converse("ls")).isEqualTo(prompted("+data/\n"));
      assertThat(console.converse("unmark data/docs/b.txt")).isEqualTo(prompted("1 file newly unmarked.\n"));
      assertThat(console.converse("lsmark")).isEqualTo(prompted("+data/\n  *docs/\n    *a.txt\n    *c.txt\n"
          + "  *file with space.txt\n  *grüße-日本.txt\n"));
      assertThat(console.converse("count")).isEqualTo(prompted("11 total files/dirs. 5 marked to be restored.\n"));
      assertThat(console.converse("estimate"))
          .isEqualTo(prompted("11 total files; 6 marked to be restored; 0 bytes.\n"));
      assertThat(console.converse("find b*"))
          .isEqualTo(prompted("+/srv/bareos-test/\n/srv/bareos-test/data/docs/b.txt\n"));
      assertThat(console.converse("cd nowhere"))
          .isEqualTo(prompted("Invalid path given.\ncwd is: /srv/bareos-test/\n"));
      assertThat(console.converse("cd a b")).isEqualTo(
          prompted("Too few or too many arguments. Try using double quotes.\n"));
      assertThat(console.converse("pwd")).isEqualTo(prompted("cwd is: /srv/bareos-test/\n"));
      assertThat(console.converse("frobnicate"))
          .isEqualTo(prompted("Invalid command \"frobnicate\". Enter \"done\" to exit.\n"));
      assertThat(console.converse("help").text()).startsWith("  Command    Description\n  =======    ===========\n"
          + "  abort      abort and do not do restore\n"
          + "  add        add dir/file to be restored recursively, wildcards allowed\n")
          .contains("  mark       mark dir/file to be restored recursively, wildcards allowed\n")
          .endsWith("  ?          print help\n\n" + PROMPT);

      Reply done = console.converse("done");
      assertThat(done.text()).startsWith("<BNET_END_RTREE>\nThe job will require the following\n")
          .contains("\n5 files selected to be restored.\n\n", "Using Catalog \"MyCatalog\"\n")
          .endsWith("Run Restore job\n"
              + "JobName:         RestoreFiles\n"
              + "Bootstrap:       *None*\n"
              + "Where:           /tmp/bareos-restores\n"
              + "Replace:         Always\n"
              + "FileSet:         TestSet\n"
              + "Backup Client:   bareos-fd\n"
              + "Restore Client:  bareos-fd\n"
              + "Format:          Native\n"
              + "Storage:         File\n"
              + "When:            2026-11-22 03:00:00\n"
              + "Catalog:         MyCatalog\n"
              + "Priority:        10\n"
              + "Plugin Options:  *None*\n"
              + "OK to run? (yes/mod/no): ");
      assertThat(done.end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse("maybe")).isEqualTo(new Reply("Illegal response maybe\nOK to run? (yes/mod/no): ",
          Signal.SUB_PROMPT));
      assertThat(console.converse("yes")).isEqualTo(new Reply("Job queued. JobId=42\n", Signal.EOD));
    }
    assertThat(runner.restores()).singleElement().satisfies(request -> assertThat(request.files())
        .extracting(f -> f.path().substring("/srv/bareos-test/data/".length()) + f.name())
        .containsExactlyInAnyOrder("docs/", "docs/a.txt", "docs/c.txt", "file with space.txt", "grüße-日本.txt"));
  }

  @Test
  void quitRestoresNothing() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.converse("restore client=bareos-fd jobid=1 all").end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse("count")).isEqualTo(prompted("11 total files/dirs. 11 marked to be restored.\n"));
      assertThat(console.converse("quit")).isEqualTo(new Reply("<BNET_END_RTREE>Restore not done.\n", Signal.EOD));
      assertThat(console.text("version")).isNotEmpty(); // the session goes on
      // a lone "." leaves the tree as done does
      assertThat(console.converse("restore client=bareos-fd jobid=1 all").end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse(".").text()).contains("\n11 files selected to be restored.\n\n")
          .endsWith("OK to run? (yes/mod/no): ");
      assertThat(console.converse("n")).isEqualTo(new Reply("Job not run.\n", Signal.EOD));
    }
    assertThat(runner.restores()).isEmpty();
  }

  @Test
  void aBareRestoreOffersTheMenu() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      Reply menu = console.converse("restore");
      assertThat(menu.text()).isEqualTo("Automatically selected Catalog: MyCatalog\n"
          + "Using Catalog \"MyCatalog\"\n"
          + "\nFirst you select one or more JobIds that contain files\n"
          + "to be restored. You will be presented several methods\n"
          + "of specifying the JobIds. Then you will be allowed to\n"
          + "select which files from those JobIds are to be restored.\n\n"
          + "To select the JobIds, you have the following choices:\n"
          + " 1: List last 20 Jobs run\n"
          + " 2: List Jobs where a given File is saved\n"
          + " 3: Enter list of comma separated JobIds to select\n"
          + " 4: Enter SQL list command\n"
          + " 5: Select the most recent backup for a client\n"
          + " 6: Select backup for a client before a specified time\n"
          + " 7: Enter a list of files to restore\n"
          + " 8: Enter a list of files to restore before a specified time\n"
          + " 9: Find the JobIds of the most recent backup for a client\n"
          + "10: Find the JobIds for a backup for a client before a specified time\n"
          + "11: Enter a list of directories to restore for found JobIds\n"
          + "12: Select full restore to a specified Job date\n"
          + "13: Cancel\n"
          + "Select item:  (1-13): ");
      assertThat(console.converse("x").text()).isEqualTo("Expected a positive integer, got: x\nSelect item:  (1-13): ");
      assertThat(console.converse("14").text()).isEqualTo("Please enter a number between 1 and 13\n"
          + "Select item:  (1-13): ");
      assertThat(console.converse("1").text()).startsWith("Choice 1 (List last 20 Jobs run) is not available in"
          + " jbareos yet.\nTo select the JobIds");
      assertThat(console.converse("3")).isEqualTo(new Reply("Enter JobId(s), comma separated, to restore: ",
          Signal.SUB_PROMPT));
      Reply tree = console.converse("1,2");
      assertThat(tree.text()).contains("You have selected the following JobIds: 1,2\n", "cwd is: /\n");
      assertThat(console.converse("mark /srv/bareos-test/data/docs/a.txt"))
          .isEqualTo(prompted("1 file newly marked.\n"));
      Reply done = console.converse("done");
      assertThat(done.text()).contains("\n1 file selected to be restored.\n\n", "Automatically selected Client: "
          + "bareos-fd\n", "Backup Client:   bareos-fd\n").endsWith("OK to run? (yes/mod/no): ");
      assertThat(console.converse("no")).isEqualTo(new Reply("Job not run.\n", Signal.EOD));

      assertThat(console.converse("restore").end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse("5").text()).contains("Automatically selected Client: bareos-fd\n",
          "You have selected the following JobIds: 1,2\n", "cwd is: /\n");
      assertThat(console.converse("mark *")).isEqualTo(prompted("11 files newly marked.\n"));
      assertThat(console.converse("done").end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse("")).isEqualTo(new Reply("Job queued. JobId=42\n", Signal.EOD));

      assertThat(console.converse("restore").end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse("13")).isEqualTo(new Reply("", Signal.EOD));
    }
    assertThat(runner.restores()).singleElement().satisfies(request -> {
      assertThat(request.jobIds()).containsExactly(1L, 2L);
      assertThat(request.files()).hasSize(11)
          .filteredOn(f -> f.name().equals("a.txt")).singleElement().extracting(RestoreFile::jobId).isEqualTo(2L);
    });
  }

  /** The answer to a tree command: its text, then the prompt again. */
  private static Reply prompted(String text) {
    return new Reply(text + PROMPT, Signal.SUB_PROMPT);
  }
}
