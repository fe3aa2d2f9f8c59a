/**
 * The texts the File Daemon and the Storage Daemon answer to the Director's {@code status} command ({@code
 * filed/status.cc}, {@code stored/status.cc}), which the Director relays to the console as they are ({@code
 * dird/fd_cmds.cc DoNativeClientStatus}, {@code dird/sd_cmds.cc DoNativeStorageStatus}): the number and time
 * forms of {@code lib/edit.cc} and the terminated jobs table both daemons print.
 */
package org.jbareos.protocol.status;
