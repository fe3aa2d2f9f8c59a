package org.jbareos.protocol.fdsd;

import org.jbareos.protocol.FixedLine;

/**
 * The fixed lines between File Daemon and Storage Daemon (PROTOCOL.md §7.2, §7.4; {@code filed/dir_cmd.cc}, {@code
 * stored/fd_cmds.cc}).
 */
public enum FdSdLine implements FixedLine {
  APPEND_OPEN_SESSION("append open session\n"),
  DATA_OK("3000 OK data\n"),
  APPEND_DATA_OK("3000 OK append data\n"),
  END_OK("3000 OK end\n"),
  SESSION_ALREADY_OPEN("3901 Error session already open\n"),
  SESSION_NOT_OPENED("3902 Error session not opened\n"),
  APPEND_DATA_ERROR("3903 Error append data\n"),
  APPEND_FAILED("3999 Failed append\n"),
  /** The SD's answer to {@code read data} when it cannot read. */
  READ_DATA_ERROR("3000 error\n");

  private final String text;

  FdSdLine(String text) {
    this.text = text;
  }

  @Override
  public String wireText() {
    return text;
  }
}
