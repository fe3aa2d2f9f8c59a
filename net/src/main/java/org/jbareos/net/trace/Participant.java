package org.jbareos.net.trace;

/** The display names of the network trace's participants, as in the seed diagrams ({@code "Storage Daemon"}). */
public enum Participant {
  DIRECTOR("Director"),
  STORAGE_DAEMON("Storage Daemon"),
  FILE_DAEMON("File Daemon"),
  CONSOLE("Console");

  private final String displayName;

  Participant(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
