package org.jbareos.filedaemon.restore;

/**
 * A job message of the restore about one file ({@code Qmsg}/{@code Jmsg} in {@code filed/restore.cc} and {@code
 * findlib/create_file.cc}).
 *
 * @param fname the output name, or the name in the backup when there is none yet
 * @param message the text, e.g. {@code Could not create /x: ERR=Permission denied}
 * @param error true when it counts as a job error; false for notes such as {@code File skipped. Not newer: /x}
 */
public record RestoreMessage(String fname, String message, boolean error) {}
