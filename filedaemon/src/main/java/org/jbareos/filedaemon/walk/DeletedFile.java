package org.jbareos.filedaemon.walk;

/**
 * A file the previous backups hold that this accurate Incremental or Differential did not find: it is saved as an
 * attribute record of type {@code FT_DELETED} (23) with no data, so that the catalog marks it deleted ({@code
 * filed/accurate_htable.cc SendDeletedList}: a zeroed stat with the catalog's mtime and ctime).
 *
 * @param fileIndex the FileIndex of its attribute record (the walk's file counter goes on through the deleted files)
 * @param fname the name as in the list, a directory's with its trailing {@code /}
 * @param mtime the mtime the catalog has for it
 * @param ctime the ctime the catalog has for it
 */
public record DeletedFile(int fileIndex, String fname, long mtime, long ctime) implements WalkEntry {}
