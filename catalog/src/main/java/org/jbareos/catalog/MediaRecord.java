package org.jbareos.catalog;

import java.time.LocalDateTime;

/**
 * One row of {@code Media}: a volume. The fields are those Bareos's {@code FindNextVolume} selects
 * ({@code cats/sql_find.cc}), which are also what the Director's {@code 1000 OK VolName=...} reply to the SD's
 * catalog requests is made from (PROTOCOL.md §6.2).
 */
public record MediaRecord(
    long mediaId,
    String volumeName,
    long slot,
    long poolId,
    String mediaType,
    int labelType,
    LocalDateTime firstWritten,
    LocalDateTime lastWritten,
    LocalDateTime labelDate,
    long volJobs,
    long volFiles,
    long volBlocks,
    long volMounts,
    long volBytes,
    long volErrors,
    long volWrites,
    long volCapacityBytes,
    String volStatus,
    int enabled,
    int recycle,
    int actionOnPurge,
    long volRetention,
    long volUseDuration,
    long maxVolJobs,
    long maxVolFiles,
    long maxVolBytes,
    int inChanger,
    long storageId,
    long volReadTime,
    long volWriteTime,
    long endFile,
    long endBlock,
    long locationId,
    long recycleCount,
    long minBlockSize,
    long maxBlockSize,
    LocalDateTime initialWrite,
    long scratchPoolId,
    long recyclePoolId,
    String encryptionKey) {

  static final String COLUMNS =
      "mediaid, volumename, slot, poolid, mediatype, labeltype, firstwritten, lastwritten, labeldate, voljobs,"
          + " volfiles, volblocks, volmounts, volbytes, volerrors, volwrites, volcapacitybytes, volstatus, enabled,"
          + " recycle, actiononpurge, volretention, voluseduration, maxvoljobs, maxvolfiles, maxvolbytes, inchanger,"
          + " storageid, volreadtime, volwritetime, endfile, endblock, locationid, recyclecount, minblocksize,"
          + " maxblocksize, initialwrite, scratchpoolid, recyclepoolid, encryptionkey";
}
