package org.jbareos.net;

/**
 * Bareos "bashed spaces" (PROTOCOL.md §11, {@code lib/util.cc BashSpaces/UnbashSpaces}): a name sent inside a
 * space-separated command has each space replaced by 0x01, so {@code %127s} scans it as one word; the receiver turns
 * 0x01 back into spaces.
 */
public final class BashedSpaces {
  /** The character that stands for a space in a bashed name. */
  public static final char BASHED_SPACE = '\u0001';

  private BashedSpaces() {}

  /** Replaces every space with 0x01. */
  public static String bash(String name) {
    return name.replace(' ', BASHED_SPACE);
  }

  /** Replaces every 0x01 with a space. */
  public static String unbash(String word) {
    return word.replace(BASHED_SPACE, ' ');
  }
}
