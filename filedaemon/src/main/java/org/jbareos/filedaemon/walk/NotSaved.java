package org.jbareos.filedaemon.walk;

import org.jbareos.protocol.attributes.FileType;

/**
 * A file the walk found but does not save, with the job message the FD sends for it ({@code filed/backup.cc
 * SaveFile}). The backup also reports here the errors about a file it did save: {@code Cannot open}, {@code Read
 * error on file}, {@code <name>: mtime changed during backup.} (option {@code c}). Errors ({@code M_NOTSAVED}: could not stat, could not follow a link, could not open a directory) count
 * in JobErrors; the others (unchanged in an Incremental, a socket) are {@code M_SKIPPED}/{@code M_INFO} notes.
 *
 * @param type why: {@code NOSTAT}, {@code NOFOLLOW}, {@code NOOPEN}, {@code NOCHG}, {@code DIRNOCHG}, {@code SPEC}
 *     (socket), {@code INVALIDFS} (a File item on an unlisted fstype); or, as a note just before the directory's
 *     DIREND, why its contents are not saved: {@code NORECURSE}, {@code NOFSCHG}, {@code INVALIDFS}
 * @param message the message text, e.g. {@code Could not stat "/x": ERR=No such file or directory}
 * @param error true when it counts as a job error
 */
public record NotSaved(String fname, FileType type, String message, boolean error) implements WalkEntry {}
