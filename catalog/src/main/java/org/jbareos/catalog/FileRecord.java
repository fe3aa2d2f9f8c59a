package org.jbareos.catalog;

/** One file version of a job, with its directory joined in: what {@code list files jobid=N} shows. */
public record FileRecord(
    long fileId, long jobId, int fileIndex, String path, String name, String lstat, String md5, int deltaSeq) {}
