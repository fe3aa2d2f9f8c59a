package org.jbareos.protocol.dirsd;

import java.util.Optional;

/**
 * The Director commands a Storage Daemon knows, in the order of its command table ({@code stored/dir_cmd.cc cmds},
 * PROTOCOL.md §6). A command is recognized by a <b>case-sensitive prefix</b>; the first table entry whose prefix
 * matches wins. An unknown command gets {@code 3900 Invalid command: <msg>\n} and the session ends.
 */
public enum StorageDaemonCommand {
  AUTOCHANGER("autochanger"),
  BOOTSTRAP("bootstrap"),
  CANCEL("cancel"),
  FINISH("finish"),
  JOB("JobId="),
  LABEL("label"),
  LISTEN("listen"),
  MOUNT("mount"),
  NEXT_RUN("nextrun"),
  PASSIVE("passive"),
  PLUGIN_OPTIONS("pluginoptions"),
  READ_LABEL("readlabel"),
  RELABEL("relabel"),
  RELEASE("release"),
  RESOLVE("resolve"),
  REPLICATE("replicate"),
  RUN("run"),
  GET_SECURE_ERASE_CMD("getSecureEraseCmd"),
  SET_BANDWIDTH("setbandwidth="),
  SET_DEBUG("setdebug="),
  SET_DEVICE("setdevice"),
  STATS("stats"),
  STATUS("status"),
  DOT_STATUS(".status"),
  UNMOUNT("unmount"),
  USE_STORAGE("use storage=");

  private final String prefix;

  StorageDaemonCommand(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix the SD matches. */
  public String prefix() {
    return prefix;
  }

  /** The command a received text is, as the SD's table lookup finds it; empty for an unknown command. */
  public static Optional<StorageDaemonCommand> of(String received) {
    for (StorageDaemonCommand command : values()) {
      if (received.startsWith(command.prefix)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
