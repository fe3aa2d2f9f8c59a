/**
 * The records the File Daemon sends to the Storage Daemon in a backup ({@code filed/backup.cc}, {@code
 * lib/compression.cc}, PROTOCOL.md §7.2-7.3).
 *
 * <p>{@link org.jbareos.filedaemon.backup.BackupSession} walks a FileSet and yields each {@link
 * org.jbareos.filedaemon.backup.BackupRecord} (attributes, data, digest) with its data frames produced lazily, and
 * keeps the {@link org.jbareos.filedaemon.JobTotals} for {@code 2800 End Job}. {@link
 * org.jbareos.filedaemon.backup.ChunkCompressor} and {@link org.jbareos.filedaemon.backup.ChunkDecompressor} are the
 * compressed record formats (GZIP/zlib, LZ4 and LZ4HC in fastlzlib blocks) shared with the restore.
 */
package org.jbareos.filedaemon.backup;
