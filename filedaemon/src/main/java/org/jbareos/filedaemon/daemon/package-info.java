/**
 * The File Daemon as a daemon: the listener for the Director's connections ({@link
 * org.jbareos.filedaemon.daemon.FileDaemon}), the command loop of one Director session, and the job conversations it
 * runs (backup: append session to the Storage Daemon; restore: read session from it), on top of the fileset walk,
 * the backup records and the restore writer of {@code org.jbareos.filedaemon.walk}, {@code .backup} and {@code
 * .restore} (PROTOCOL.md §5, §7).
 */
package org.jbareos.filedaemon.daemon;
