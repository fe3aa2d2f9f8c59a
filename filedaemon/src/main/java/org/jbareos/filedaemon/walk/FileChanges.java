package org.jbareos.filedaemon.walk;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;

/**
 * How an Incremental or Differential tells the files to save from the unchanged ones ({@code findlib/find_one.cc
 * CheckChanges}): by the since time ({@link IncrementalSince}), or, in accurate mode, by comparing each file with
 * the list of the previous backups' files the Director sent ({@code ff_pkt->CheckFct = AccurateCheckFile}, {@code
 * filed/accurate.cc}; see {@code org.jbareos.filedaemon.accurate.AccurateFiles}).
 */
public interface FileChanges {

  /**
   * True when the file is to be saved.
   *
   * @param fname the full name, a directory's with its trailing {@code /} (Bareos looks directories up by {@code
   *     link_or_dir})
   * @param options the Options block in force for the file
   * @param include the Include block the file was found under
   */
  boolean changed(String fname, Path path, FileStat stat, FindOptions options, FindFileSet.Include include);

  /**
   * Once the walk has seen every file: the files of the previous backups it did not see, to be saved as deleted
   * ({@code AccurateFinish}, {@code SendDeletedList}). Their FileIndex is 0 here; the walk numbers them.
   */
  default Iterator<DeletedFile> unseen() {
    return Collections.emptyIterator();
  }
}
