package org.jbareos.catalog;

import java.time.LocalDateTime;

/**
 * One row of {@code FileSet}. A FileSet resource gets a new row whenever its MD5 (of the included and excluded
 * items) changes, so a changed FileSet starts a new chain of Full/Incremental jobs.
 */
public record FileSetRecord(long fileSetId, String fileSet, String fileSetText, String md5, LocalDateTime createTime) {
  static final String COLUMNS = "filesetid, fileset, filesettext, md5, createtime";
}
