/**
 * The File Daemon's walk over a FileSet ({@code findlib/find.cc}, {@code findlib/find_one.cc}, {@code
 * findlib/match.cc}).
 *
 * <p>{@link org.jbareos.filedaemon.walk.FindFileSet#of} reads the {@link org.jbareos.protocol.fileset.FileSet} the
 * Director sent; {@link org.jbareos.filedaemon.walk.FileSetWalk} iterates it in Bareos's order and yields {@link
 * org.jbareos.filedaemon.walk.FoundFile}s (numbered with their FileIndex) and {@link
 * org.jbareos.filedaemon.walk.NotSaved} reports. {@link org.jbareos.filedaemon.walk.IncrementalSince} selects the
 * changed files of an Incremental or Differential. Names are Java strings; the FD sends them as UTF-8, so the JVM must
 * run with a UTF-8 {@code sun.jnu.encoding} (a UTF-8 locale) to see non-ASCII names as the disk has them.
 */
package org.jbareos.filedaemon.walk;
