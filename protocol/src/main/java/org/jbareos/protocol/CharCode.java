package org.jbareos.protocol;

/**
 * An entry of one of Bareos's character code tables (job status, type, level; PROTOCOL.md §10): stored as the
 * character in the catalog, sent on the wire as the character's integer value ({@code JobStatus=84} for T).
 */
public interface CharCode {

  /** The character stored in the catalog. */
  char code();

  /** Bareos's text for this entry. */
  String meaning();

  /** The integer the daemons send: the character's value. */
  default int wireValue() {
    return code();
  }
}
