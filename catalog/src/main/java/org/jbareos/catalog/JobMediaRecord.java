package org.jbareos.catalog;

/**
 * One row of {@code JobMedia}: the FileIndex range of a job on one volume and where it lies. On disk volumes
 * Start/EndFile are the high and Start/EndBlock the low 32 bits of the byte address (PROTOCOL.md §6.2); a
 * bootstrap's {@code VolAddr=} is rebuilt from them.
 */
public record JobMediaRecord(
    long jobMediaId,
    long jobId,
    long mediaId,
    long firstIndex,
    long lastIndex,
    long startFile,
    long endFile,
    long startBlock,
    long endBlock,
    long jobBytes,
    int volIndex) {
  static final String COLUMNS =
      "jobmediaid, jobid, mediaid, firstindex, lastindex, startfile, endfile, startblock, endblock,"
          + " jobbytes::bigint AS jobbytes, volindex";
}
