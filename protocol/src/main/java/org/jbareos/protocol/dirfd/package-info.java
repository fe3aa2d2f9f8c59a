/**
 * Director ↔ File Daemon job messages (PROTOCOL.md §5): job command, level (and the since_utime / btime dialog),
 * fileset, storage, backup, restore, verify, estimate, cancel, run scripts, accurate list, and the FD's answers. The
 * fixed answers are {@link org.jbareos.protocol.dirfd.DirFdLine}; {@link org.jbareos.protocol.dirfd.FileDaemonCommand}
 * finds the FD handler for a Director command. The FileSet item frames are in {@link org.jbareos.protocol.fileset}.
 *
 * <p>Typical backup order (backup-full.txt): {@code JobId=} → {@code 2000 OK Job ...} (no {@code \n}) · {@code level
 * = full  mtime_only=0 \n} → {@code 2000 OK level} · {@code fileset vss=1} + items + EOD → {@code 2000 OK include} ·
 * {@code getSecureEraseCmd} → {@code 2000 OK FDSecureEraseCmd *None*} · {@code storage address=...} → {@code 2000 OK
 * storage} · {@code backup FileIndex=0} → {@code 2000 OK backup} ... {@code 2800 End Job ...} + TERMINATE.
 */
package org.jbareos.protocol.dirfd;
