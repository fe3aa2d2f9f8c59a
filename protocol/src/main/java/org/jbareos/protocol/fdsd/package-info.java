/**
 * File Daemon ↔ Storage Daemon session messages (PROTOCOL.md §7.2, §7.4): the append session of a backup ({@code
 * append open session}, {@code append data}, {@link org.jbareos.protocol.fdsd.RecordHeader} + data frames + EOD, final
 * EOD, {@code append end session}, {@code append close session}) and the read session of a restore or verify
 * ({@code read open session}, {@code read data}, {@link org.jbareos.protocol.fdsd.ReadRecordHeader} + one data frame
 * per record, EOD, {@code read close session}).
 */
package org.jbareos.protocol.fdsd;
