/**
 * The Director's job engine: backup and restore jobs, each one virtual thread of plain sequential code in the order
 * of the seed diagrams and the kit's recordings (PROTOCOL.md §5.3, §5.5, §6).
 *
 * <p>Entry points: {@link org.jbareos.director.job.JobEngine#start} with a {@link
 * org.jbareos.director.job.JobRequest} returns a {@link org.jbareos.director.job.RunningJob} (JobId and unique name at
 * once, {@code await()} for the {@link org.jbareos.director.job.JobResult}); {@link
 * org.jbareos.director.job.EngineJobRunner} is the console's {@code JobRunner}.
 *
 * <p>Typical backup (backup-full.txt): catalog Job row → {@code StorageDaemonSession}: hello, {@code JobId=},
 * {@code getSecureEraseCmd} → {@code FileDaemonSession}: hello, {@code JobId=}, {@code level = } (+ since_utime and
 * btime), {@code fileset vss=1} + items + EOD, {@code getSecureEraseCmd} → SD {@code use storage=} / {@code use
 * device=} / EOD / EOD → FD {@code storage address=} → SD {@code run}, then the SD message thread ({@code Jmsg},
 * {@code Status}, {@code CatReq} answered by {@code CatalogRequestHandler}, {@code UpdCat} into {@code
 * FileAttributeBatch}) → FD {@code backup FileIndex=0} → FD {@code 2800 End Job} + TERMINATE, SD {@code 3099 Job ...
 * end} → Job row, File rows, Write Bootstrap, summary ({@code BackupReport}).
 *
 * <p>Typical restore (restore.txt): SD {@code JobId= ... type=82 level=32}, {@code getSecureEraseCmd}, {@code use
 * storage= ... append=0} → FD {@code JobId=}, {@code getSecureEraseCmd} → SD {@code bootstrap} + lines + EOD
 * ({@code BootstrapBuilder}), {@code run} → FD {@code storage ... Authorization=}, {@code restore replace=...} → FD
 * {@code 2000 OK storage end}, SD {@code 3099} → FD {@code endrestore} → {@code 2800 End Job}.
 *
 * <p>Any failure (a daemon that refuses us or vanishes, a catalog error) ends the job with status {@code f}, a {@code
 * Fatal error:} line and the summary in its log; file records of a failed backup are not committed.
 */
package org.jbareos.director.job;
