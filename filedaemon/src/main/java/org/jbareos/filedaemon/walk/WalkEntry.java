package org.jbareos.filedaemon.walk;

/**
 * What the fileset walk yields, in Bareos's order: a file to save ({@link FoundFile}) or a file the FD does not save
 * and reports instead ({@link NotSaved}); after all of them, in accurate mode, the files of the previous backups that
 * are gone ({@link DeletedFile}).
 */
public sealed interface WalkEntry permits FoundFile, NotSaved, DeletedFile {

  /** The full name, as in the FD's messages and attribute records. */
  String fname();
}
