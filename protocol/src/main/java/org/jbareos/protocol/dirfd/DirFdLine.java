package org.jbareos.protocol.dirfd;

import org.jbareos.protocol.FixedLine;

/**
 * The fixed lines between Director and File Daemon (PROTOCOL.md §5.1; {@code dird/fd_cmds.cc}, {@code
 * dird/backup.cc}, {@code dird/restore.cc}, {@code filed/dir_cmd.cc}). The Director checks the FD's answers with
 * {@code bstrcmp} ({@code dird/getmsg.cc:response}), so byte for byte.
 */
public enum DirFdLine implements FixedLine {
  HELLO_OK("2000 OK Hello 54\n"),
  LEVEL_OK("2000 OK level\n"),
  INCLUDE_OK("2000 OK include\n"),
  /** Dir→FD when the FD's protocol version is above 53. */
  GET_SECURE_ERASE_CMD("getSecureEraseCmd\n"),
  STORAGE_OK("2000 OK storage\n"),
  /** FD→Dir at the end of one storage's part of a multi-storage restore. */
  STORAGE_END_OK("2000 OK storage end\n"),
  BACKUP_OK("2000 OK backup\n"),
  RESTORE_OK("2000 OK restore\n"),
  VERIFY_OK("2000 OK verify\n"),
  /** Dir→FD after the last storage of a restore; no {@code \n}. */
  END_RESTORE("endrestore"),
  /** Dir→FD status request; no {@code \n}. */
  STATUS("status"),
  RUN_BEFORE_NOW("RunBeforeNow\n"),
  RUN_BEFORE_NOW_OK("2000 OK RunBeforeNow\n"),
  RUN_SCRIPT_OK("2000 OK RunScript\n"),
  RUN_SCRIPT_FAILED("2905 Failed RunScript\n"),
  RESTORE_OBJECT_END("restoreobject end\n"),
  RESTORE_OBJECT_OK("2000 OK ObjectRestored\n"),
  PLUGIN_OPTIONS_OK("2000 OK PluginOptions\n"),
  BANDWIDTH_OK("2000 OK Bandwidth\n"),
  AUTHORIZATION_OK("2000 OK Authorization\n"),
  BAD_JOB("2901 Bad Job\n"),
  BAD_STORAGE("2902 Bad storage\n"),
  BAD_BACKUP("2902 Bad backup\n"),
  BAD_LEVEL("2902 Bad level\n"),
  /** FD→Dir when {@code accurate files=<n>} does not scan ({@code filed/accurate.cc AccurateCmd}). */
  BAD_ACCURATE("2991 Bad accurate command\n"),
  /** FD→Dir for an unknown command; the FD then ends the session. */
  INVALID_COMMAND("2999 Invalid command\n");

  private final String text;

  DirFdLine(String text) {
    this.text = text;
  }

  @Override
  public String wireText() {
    return text;
  }
}
