package org.jbareos.filedaemon.walk;

/**
 * What the fileset walk yields, in Bareos's order: a file to save ({@link FoundFile}) or a file the FD does not save
 * and reports instead ({@link NotSaved}).
 */
public sealed interface WalkEntry permits FoundFile, NotSaved {

  /** The full name, as in the FD's messages and attribute records. */
  String fname();
}
