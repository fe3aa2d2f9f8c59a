package org.jbareos.catalog;

/** One row of {@code Client}: the FD's resource name, its {@code uname} (version and OS line) and retentions. */
public record ClientRecord(
    long clientId, String name, String uname, int autoPrune, long fileRetention, long jobRetention) {
  static final String COLUMNS = "clientid, name, uname, autoprune, fileretention, jobretention";
}
