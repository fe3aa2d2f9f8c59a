package org.jbareos.director.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Director's console commands in the order of its command table ({@code dird/ua_cmds.cc commands[]}). A typed
 * word selects the first command it is a case-insensitive prefix of ({@code bstrncasecmp(argk[0], key,
 * strlen(argk[0]))}), so {@code l} is {@code label}, {@code li} is {@code list} and {@code st} is {@code status},
 * exactly as in Bareos. Commands jbareos does not have yet still take their place in the order and answer so.
 */
public final class CommandTable {

  /** One command of the table. */
  public record Entry(String key, ConsoleCommand command) {}

  /** Every key of the Bareos table, in its order. */
  static final List<String> BAREOS_KEYS = List.of(".", ".actiononpurge", ".api", ".authorized", ".catalogs",
      ".clients", ".consoles", ".users", ".defaults", ".filesets", ".help", ".jobdefs", ".jobs", ".jobstatus",
      ".levels", ".locations", ".messages", ".media", ".mediatypes", ".msgs", ".pools", ".profiles", ".quit",
      ".sql", ".schedule", ".status", ".storages", ".types", ".volstatus", ".bvfs_lsdirs", ".bvfs_lsfiles",
      ".bvfs_update", ".bvfs_get_jobids", ".bvfs_versions", ".bvfs_restore", ".bvfs_cleanup", ".bvfs_clear_cache",
      "add", "autodisplay", "automount", "cancel", "configure", "create", "delete", "disable", "enable", "estimate",
      "exit", "export", "gui", "help", "import", "label", "list", "llist", "messages", "memory", "mount", "move",
      "prune", "purge", "quit", "query", "restore", "relabel", "release", "reload", "rerun", "resolve", "run",
      "status", "setbandwidth", "setdebug", "setdevice", "setip", "show", "sqlquery", "time", "trace", "truncate",
      "unmount", "umount", "update", "use", "var", "version", "wait", "whoami", "volume");

  private final List<Entry> entries;

  private CommandTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The table with jbareos's commands in Bareos's places. */
  public static CommandTable standard() {
    Map<String, ConsoleCommand> implemented = new LinkedHashMap<>();
    implemented.put(".", (session, line) -> true);
    implemented.put(".api", new ApiCommand());
    implemented.put(".clients", DotResourceCommand.CLIENTS);
    implemented.put(".jobs", DotResourceCommand.JOBS);
    implemented.put(".pools", DotResourceCommand.POOLS);
    implemented.put(".messages", new MessagesCommand(true));
    implemented.put(".quit", QuitCommand.INSTANCE);
    implemented.put("autodisplay", new AutodisplayCommand());
    implemented.put("cancel", new CancelCommand());
    implemented.put("exit", QuitCommand.INSTANCE);
    implemented.put("label", new LabelCommandHandler());
    implemented.put("list", new ListCommand(false));
    implemented.put("llist", new ListCommand(true));
    implemented.put("messages", new MessagesCommand(false));
    implemented.put("quit", QuitCommand.INSTANCE);
    implemented.put("restore", new RestoreCommand());
    implemented.put("run", new RunCommand());
    implemented.put("status", new StatusCommand());
    implemented.put("show", new ShowCommand());
    implemented.put("version", new VersionCommand());
    implemented.put("wait", new WaitCommand());
    List<Entry> entries = new ArrayList<>();
    for (String key : BAREOS_KEYS) {
      entries.add(new Entry(key, implemented.getOrDefault(key, notInJbareos(key))));
    }
    return new CommandTable(entries);
  }

  /** The command a typed word selects. */
  public Optional<Entry> find(String word) {
    for (Entry entry : entries) {
      if (word.length() <= entry.key().length() && entry.key().regionMatches(true, 0, word, 0, word.length())) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private static ConsoleCommand notInJbareos(String key) {
    return (session, line) -> {
      session.output().error("%s: this command is not available in jbareos yet.\n", key);
      return false;
    };
  }
}
