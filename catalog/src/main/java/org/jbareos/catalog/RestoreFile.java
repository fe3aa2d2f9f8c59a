package org.jbareos.catalog;

/**
 * One file a restore brings back: the latest version of a path and name among the selected jobs, with what the
 * bootstrap and the FD need (JobId and FileIndex to find it on the volumes, lstat and digest). The catalog's
 * {@code fhinfo} and {@code fhnode} are left out: only NDMP restores use them.
 */
public record RestoreFile(
    String path, String name, int fileIndex, long jobId, String lstat, int deltaSeq, String md5) {}
