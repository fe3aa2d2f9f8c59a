package org.jbareos.protocol.dirfd;

import java.util.Optional;

/**
 * The Director commands a File Daemon knows, in the order of its command table ({@code filed/dir_cmd.cc cmds},
 * PROTOCOL.md §5). A command is recognized by a <b>case-sensitive prefix</b>, and the first table entry whose
 * prefix matches wins (so {@code RunBeforeNow} comes before {@code Run}, {@code restoreobject} before {@code
 * restore }). An unknown command gets {@link DirFdLine#INVALID_COMMAND} and the FD ends the session.
 */
public enum FileDaemonCommand {
  ACCURATE("accurate"),
  BACKUP("backup"),
  BOOTSTRAP("bootstrap"),
  CANCEL("cancel"),
  END_RESTORE("endrestore"),
  ESTIMATE("estimate"),
  FILESET("fileset"),
  JOB("JobId="),
  LEVEL("level = "),
  PLUGIN_OPTIONS("pluginoptions"),
  RUN_BEFORE_NOW("RunBeforeNow"),
  RUN_SCRIPT("Run"),
  RESTORE_OBJECT("restoreobject"),
  RESTORE("restore "),
  RESOLVE("resolve "),
  GET_SECURE_ERASE_CMD("getSecureEraseCmd"),
  SESSION("session"),
  SET_AUTHORIZATION("setauthorization"),
  SET_BANDWIDTH("setbandwidth="),
  SET_DEBUG("setdebug="),
  STATUS("status"),
  DOT_STATUS(".status"),
  STORAGE("storage "),
  VERIFY("verify");

  private final String prefix;

  FileDaemonCommand(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix the FD matches. */
  public String prefix() {
    return prefix;
  }

  /** The command a received text is, as the FD's table lookup finds it; empty for an unknown command. */
  public static Optional<FileDaemonCommand> of(String received) {
    for (FileDaemonCommand command : values()) {
      if (received.startsWith(command.prefix)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
