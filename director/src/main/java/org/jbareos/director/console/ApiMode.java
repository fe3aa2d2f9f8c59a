package org.jbareos.director.console;

/**
 * The console's API mode ({@code .api}, PROTOCOL.md §4.1; {@code API_MODE_OFF/ON/JSON} of {@code
 * lib/output_formatter.h}).
 */
public enum ApiMode {
  /** Text for people: output frames, then {@code BNET_EOD}. */
  OFF(0),
  /** The deprecated mode 1: text without decoration, framed by command signals. */
  ON(1),
  /** JSON-RPC-like documents, framed by command signals. */
  JSON(2);

  private final int number;

  ApiMode(int number) {
    this.number = number;
  }

  /** The number {@code .api} reports. */
  public int number() {
    return number;
  }

  /** Whether command signals ({@code BNET_CMD_BEGIN}, {@code BNET_MAIN_PROMPT}) frame the exchange. */
  public boolean signals() {
    return this != OFF;
  }
}
