package org.jbareos.director.console;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jbareos.director.console.RestoreTree.Node;
import org.jbareos.director.console.RestoreTree.Type;
import org.jbareos.net.Signal;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.attributes.SystemNames;
import org.jbareos.protocol.fileset.Fnmatch;
import org.jbareos.protocol.status.StatusText;

/**
 * The file selection mode of {@code restore} ({@code dird/ua_tree.cc UserSelectFilesFromTree}): a small shell with
 * the prompt {@code $ } in which the console marks and unmarks the files of a {@link RestoreTree}, moves with {@code
 * cd}, lists with {@code ls}, {@code dir}, {@code lsmark}, {@code find}, counts with {@code count} and {@code
 * estimate}, and leaves with {@code done} (restore what is marked) or {@code quit} (restore nothing). A command is
 * the first of the table its word is a case-insensitive prefix of, so {@code l} is {@code ls} and {@code d} is {@code
 * delete} (unmark), as in Bareos. The texts are Bareos's.
 */
final class RestoreTreeShell {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  /** One command of the table ({@code commands[]}); the handler returns false to leave the shell. */
  private record Command(String key, String help, Handler handler) {}

  @FunctionalInterface
  private interface Handler {
    boolean run(RestoreTreeShell shell, CommandLine line) throws IOException;
  }

  private static final List<Command> COMMANDS = List.of(
      new Command("abort", "abort and do not do restore", RestoreTreeShell::quit),
      new Command("add", "add dir/file to be restored recursively, wildcards allowed", RestoreTreeShell::mark),
      new Command("cd", "change current directory", RestoreTreeShell::cd),
      new Command("count", "count marked files in and below the cd", RestoreTreeShell::count),
      new Command("delete", "delete dir/file to be restored recursively in dir", RestoreTreeShell::unmark),
      new Command("dir", "long list current directory, wildcards allowed", (s, l) -> s.dir(l, false)),
      new Command(".dir", "long list current directory, wildcards allowed", (s, l) -> s.dir(l, true)),
      new Command("done", "leave file selection mode", RestoreTreeShell::done),
      new Command("estimate", "estimate restore size", RestoreTreeShell::estimate),
      new Command("exit", "same as done command", RestoreTreeShell::done),
      new Command("find", "find files, wildcards allowed", RestoreTreeShell::find),
      new Command("help", "print help", RestoreTreeShell::help),
      new Command("ls", "list current directory, wildcards allowed", (s, l) -> s.ls(l, true, false)),
      new Command(".ls", "list current directory, wildcards allowed", (s, l) -> s.ls(l, false, false)),
      new Command(".lsdir", "list subdir in current directory, wildcards allowed", RestoreTreeShell::lsdir),
      new Command("lsmark", "list the marked files in and below the cd", RestoreTreeShell::lsmark),
      new Command(".lsmark", "list the marked files in", (s, l) -> s.ls(l, false, true)),
      new Command("mark", "mark dir/file to be restored recursively, wildcards allowed", RestoreTreeShell::mark),
      new Command("markdir", "mark directory name to be restored (no files)", (s, l) -> s.markDirs(l, true)),
      new Command("pwd", "print current working directory", RestoreTreeShell::pwd),
      new Command(".pwd", "print current working directory", RestoreTreeShell::dotPwd),
      new Command("unmark", "unmark dir/file to be restored recursively in dir", RestoreTreeShell::unmark),
      new Command("unmarkdir", "unmark directory name only no recursion", (s, l) -> s.markDirs(l, false)),
      new Command("quit", "quit and do not do restore", RestoreTreeShell::quit),
      new Command(".help", "print help", RestoreTreeShell::dotHelp),
      new Command("?", "print help", RestoreTreeShell::help));

  private final ConsoleSession session;
  private final ConsoleOutput out;
  private final RestoreTree tree;
  private final ZoneId zone;
  private Node cwd;
  private boolean quit;

  RestoreTreeShell(ConsoleSession session, RestoreTree tree, ZoneId zone) {
    this.session = session;
    this.out = session.output();
    this.tree = tree;
    this.zone = zone;
    this.cwd = tree.root();
  }

  /**
   * Runs the shell until {@code done} or {@code quit}.
   *
   * @return true after {@code done}/{@code exit} or a lone {@code .}; false after {@code quit}/{@code abort} or when
   *     the console went away
   */
  boolean run() throws IOException {
    boolean api = out.mode() != ApiMode.OFF;
    out.send("\nYou are now entering file selection mode where you add (mark) and\n"
        + "remove (unmark) files to be restored. No files are initially added, unless\n"
        + "you used the \"all\" keyword on the command line.\n"
        + "Enter \"done\" to leave this mode.\n\n");
    session.connection().signal(Signal.START_RTREE);
    out.send("cwd is: %s\n", cwd.path());
    boolean done = false;
    while (true) {
      Optional<String> read = session.ask("$ ", true);
      if (read.isEmpty()) {
        // a lone "." leaves the tree as done does (UserSelectFilesFromTree's status is !quit); a console that went
        // away restores nothing
        done = !session.ending();
        break;
      }
      if (api) {
        session.connection().signal(Signal.CMD_BEGIN);
      }
      CommandLine line = CommandLine.parse(read.get());
      Optional<Command> command = line.isEmpty() ? Optional.empty() : find(line.command());
      if (command.isEmpty()) {
        if (!line.isEmpty() && line.command().startsWith(".")) {
          continue; // an unknown dot command, probably .messages: ignored
        }
        out.warning("Invalid command \"%s\". Enter \"done\" to exit.\n", read.get());
        if (api) {
          session.connection().signal(Signal.CMD_FAILED);
        }
        continue;
      }
      boolean stay = command.get().handler().run(this, line);
      if (api) {
        session.connection().signal(Signal.CMD_OK);
      }
      if (!stay) {
        done = !quit;
        break;
      }
    }
    session.connection().signal(Signal.END_RTREE);
    return done;
  }

  private static Optional<Command> find(String word) {
    return COMMANDS.stream()
        .filter(c -> word.length() <= c.key().length() && c.key().regionMatches(true, 0, word, 0, word.length()))
        .findFirst();
  }

  /** The arguments after the command word ({@code argk[1..]}). */
  private static List<String> arguments(CommandLine line) {
    return IntStream.range(1, line.size()).mapToObj(line::key).toList();
  }

  private boolean mark(CommandLine line) throws IOException {
    if (line.size() < 2 || !cwd.hasChildren()) {
      out.send("No files marked.\n");
      return true;
    }
    int count = tree.mark(arguments(line), cwd, true);
    out.send(count == 0 ? "No files newly marked.\n" : count == 1 ? "1 file newly marked.\n"
        : StatusText.withCommas(count) + " files newly marked.\n");
    return true;
  }

  private boolean unmark(CommandLine line) throws IOException {
    if (line.size() < 2 || !cwd.hasChildren()) {
      out.send("No files newly unmarked.\n");
      return true;
    }
    int count = tree.mark(arguments(line), cwd, false);
    out.send(count == 0 ? "No files newly unmarked.\n" : count == 1 ? "1 file newly unmarked.\n"
        : StatusText.withCommas(count) + " files newly unmarked.\n");
    return true;
  }

  private boolean markDirs(CommandLine line, boolean extract) throws IOException {
    String verb = extract ? "marked" : "unmarked";
    if (line.size() < 2 || !cwd.hasChildren()) {
      out.send(extract ? "No directories marked.\n" : "No directories newly unmarked.\n");
      return true;
    }
    int count = tree.markDirectories(arguments(line), cwd, extract);
    out.send(count == 0 ? "No directories newly " + verb + ".\n" : count == 1 ? "1 directory newly " + verb + ".\n"
        : (extract ? StatusText.withCommas(count) : Integer.toString(count)) + " directories newly " + verb
            + ".\n");
    return true;
  }

  private boolean count(CommandLine line) throws IOException {
    long total = 0;
    long marked = 0;
    for (Node node : tree.nodes()) {
      if (node.type() != Type.NEW_DIR) {
        total++;
        marked += node.extract() ? 1 : 0;
      }
    }
    out.send("%s total files/dirs. %s marked to be restored.\n", StatusText.withCommas(total),
        StatusText.withCommas(marked));
    return true;
  }

  private boolean estimate(CommandLine line) throws IOException {
    long total = 0;
    long marked = 0;
    long bytes = 0;
    for (Node node : tree.nodes()) {
      if (node.type() == Type.NEW_DIR) {
        continue;
      }
      total++;
      if (node.extract() && node.type() == Type.FILE) {
        marked++;
        EncodedStat stat = node.stat();
        if ((stat.mode() & 0170000) == 0100000 && stat.size() > 0) {
          bytes += stat.size();
        }
      } else if (node.extract() || node.extractDescendant()) {
        marked++;
      }
    }
    out.send("%d total files; %d marked to be restored; %s bytes.\n", total, marked, StatusText.withCommas(bytes));
    return true;
  }

  private boolean find(CommandLine line) throws IOException {
    if (line.size() == 1) {
      out.send("No file specification given.\n");
      return true;
    }
    for (String pattern : arguments(line)) {
      for (Node node : tree.nodes()) {
        if (Fnmatch.matches(pattern, node.name(), 0)) {
          out.send("%s%s\n", node.tag(), node.path());
        }
      }
    }
    return true;
  }

  /** {@code ls} (tagged) and {@code .ls}, or {@code .lsmark} (marked only, untagged). */
  private boolean ls(CommandLine line, boolean tagged, boolean markedOnly) throws IOException {
    for (Node node : cwd.children()) {
      if (matches(line, node) && (!markedOnly || node.extract())) {
        out.send("%s%s%s\n", tagged ? node.tag() : "", node.name(), node.hasChildren() ? "/" : "");
      }
    }
    return true;
  }

  private boolean lsdir(CommandLine line) throws IOException {
    for (Node node : cwd.children()) {
      if (matches(line, node) && node.hasChildren()) {
        out.send("%s/\n", node.name());
      }
    }
    return true;
  }

  private boolean lsmark(CommandLine line) throws IOException {
    listMarked(line, cwd, 0);
    return true;
  }

  /** {@code rlsmark}: the marked nodes below {@code node}, two blanks of indent per level (at most 100 levels). */
  private void listMarked(CommandLine line, Node node, int level) throws IOException {
    String indent = "  ".repeat(Math.min(level, 100));
    for (Node child : node.children()) {
      if (matches(line, child) && (child.extract() || child.extractDescendant())) {
        out.send("%s%s%s%s\n", indent, child.tag(), child.name(), child.hasChildren() ? "/" : "");
        if (child.hasChildren()) {
          listMarked(line, child, level + 1);
        }
      }
    }
  }

  /** {@code dir} and {@code .dir}: one line per child with its catalog attributes ({@code ls_output}). */
  private boolean dir(CommandLine line, boolean dotCommand) throws IOException {
    if (!cwd.hasChildren()) {
      out.send("Node %s has no children.\n", cwd.name());
      return true;
    }
    for (Node node : cwd.children()) {
      if (!matches(line, node)) {
        continue;
      }
      String tag = node.extract() ? "*" : node.extractDescendant() ? "+" : " ";
      EncodedStat stat = node.stat();
      SystemNames names = SystemNames.system();
      if (dotCommand) {
        out.send("%s,%d,%d(%s),%d(%s),%d,%s,%s,%s\n", stat.modeText(), stat.nlink(), stat.uid(),
            names.user(stat.uid()), stat.gid(), names.group(stat.gid()), stat.size(), time(stat.mtime()), tag,
            node.path());
      } else {
        out.send("%s  %2d %d (%.8s) %d (%.8s)  %12.12s  %s %s %s\n", stat.modeText(), stat.nlink(), stat.uid(),
            names.user(stat.uid()), stat.gid(), names.group(stat.gid()), Long.toString(stat.size()),
            time(Math.max(stat.ctime(), stat.mtime())), tag, node.path());
      }
    }
    return true;
  }

  /** {@code encode_time}: local time. */
  private String time(long epochSecond) {
    return TIME.format(LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone));
  }

  private boolean help(CommandLine line) throws IOException {
    StringBuilder text = new StringBuilder("  Command    Description\n  =======    ===========\n");
    for (Command command : COMMANDS) {
      if (!command.key().startsWith(".")) {
        text.append(String.format(Locale.ROOT, "  %-10s %s\n", command.key(), command.help()));
      }
    }
    out.send(text.append('\n').toString());
    return true;
  }

  private boolean dotHelp(CommandLine line) throws IOException {
    for (Command command : COMMANDS) {
      if (!command.key().startsWith(".")) {
        out.send("%s\n", command.key());
      }
    }
    return true;
  }

  private boolean cd(CommandLine line) throws IOException {
    if (line.size() != 2) {
      out.error("Too few or too many arguments. Try using double quotes.\n");
      return true;
    }
    String path = line.key(1);
    Optional<Node> node = tree.cwd(path, cwd);
    if (node.isEmpty() && path.length() > 1 && path.charAt(1) == ':') {
      node = tree.cwd("/" + path, cwd); // a Windows drive, made absolute
    }
    if (node.isEmpty()) {
      out.warning("Invalid path given.\n");
    } else {
      cwd = node.get();
    }
    return pwd(line);
  }

  private boolean pwd(CommandLine line) throws IOException {
    if (out.mode() != ApiMode.OFF) {
      out.send(cwd.path());
    } else {
      out.send("cwd is: %s\n", cwd.path());
    }
    return true;
  }

  private boolean dotPwd(CommandLine line) throws IOException {
    out.send(cwd.path());
    return true;
  }

  private boolean done(CommandLine line) {
    return false;
  }

  private boolean quit(CommandLine line) {
    quit = true;
    return false;
  }

  /** Whether the optional first argument (a wildcard) matches the node, as the listing commands filter. */
  private static boolean matches(CommandLine line, Node node) {
    return line.size() == 1 || Fnmatch.matches(line.key(1), node.name(), 0);
  }
}
