/**
 * The File Daemon's side of a restore ({@code filed/restore.cc}, {@code findlib/create_file.cc}, {@code
 * findlib/attribs.cc}, {@code lib/attr.cc}, PROTOCOL.md §7.4).
 *
 * <p>{@link org.jbareos.filedaemon.restore.RestoreSession} takes each record the SD sends ({@code rechdr} + data) and
 * recreates the files under {@code where=} with the {@link org.jbareos.filedaemon.restore.ReplaceMode}; problems are
 * {@link org.jbareos.filedaemon.restore.RestoreMessage}s per file and the restore goes on; {@link
 * org.jbareos.filedaemon.JobTotals} feed {@code 2800 End Job}.
 */
package org.jbareos.filedaemon.restore;
