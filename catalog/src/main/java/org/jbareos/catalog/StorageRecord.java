package org.jbareos.catalog;

/** One row of {@code Storage}: a Storage resource of the Director, referenced by {@code Media.StorageId}. */
public record StorageRecord(long storageId, String name, int autoChanger) {
  static final String COLUMNS = "storageid, name, autochanger";
}
