package org.jbareos.catalog;

import java.util.Objects;

/**
 * One file version to insert into {@code File}: what the Director decodes from an {@code UpdCat ... FileAttributes}
 * record (PROTOCOL.md §6.2, §7.3). {@code path} is the directory with its trailing slash and {@code name} the file
 * name ('' for the directory's own entry); {@code lstat} is the Bareos-base64 stat and {@code md5} the digest
 * (standard base64, unpadded) or {@code "0"} without one, as Bareos stores it. FileIndex 0 marks a file deleted
 * since the previous job (accurate mode).
 */
public record FileAttributes(
    long jobId, int fileIndex, String path, String name, String lstat, String md5, int deltaSeq, long fhinfo, long fhnode) {
  public FileAttributes {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lstat, "lstat");
    md5 = md5 == null || md5.isEmpty() ? "0" : md5;
  }

  /** A plain file or directory entry without NDMP file-history fields. */
  public static FileAttributes of(long jobId, int fileIndex, String path, String name, String lstat, String md5) {
    return new FileAttributes(jobId, fileIndex, path, name, lstat, md5, 0, 0, 0);
  }
}
