package org.jbareos.protocol.sdsd;

import org.jbareos.protocol.FixedLine;

/**
 * The fixed lines between a reading SD and a writing SD during a copy or migration (PROTOCOL.md §7.5; {@code
 * stored/mac.cc}, {@code stored/sd_cmds.cc}). The records between {@code replicate data} and the final EOD are
 * framed as in an append session ({@link org.jbareos.protocol.fdsd.RecordHeader}), and the writing SD answers {@code
 * replicate data} with {@link org.jbareos.protocol.fdsd.FdSdLine#DATA_OK}.
 */
public enum SdSdLine implements FixedLine {
  START_REPLICATE("start replicate\n"),
  REPLICATE_DATA_OK("3000 OK replicate data\n"),
  END_REPLICATE("end replicate\n"),
  END_REPLICATE_OK("3000 OK end replicate\n"),
  SESSION_ALREADY_OPEN("3901 Error replicate session already open\n"),
  SESSION_NOT_OPENED("3902 Error replicate session not opened\n"),
  REPLICATE_DATA_ERROR("3903 Error replicate data\n");

  private final String text;

  SdSdLine(String text) {
    this.text = text;
  }

  @Override
  public String wireText() {
    return text;
  }
}
