package org.jbareos.volume;

import java.util.Optional;

/**
 * A session label: SOS_LABEL (-4) before a job's data, EOS_LABEL (-5) after it; the record's Stream is the JobId
 * (PROTOCOL.md §8, {@code stored/label.cc:CreateSessionLabel}, {@code UnserSessionLabel}).
 *
 * <pre>
 * Id "Bareos 2.0 immortal\n" NUL | VerNum u32 20 | JobId u32 | write_btime btime | write_time float64 (0)
 * PoolName | PoolType | JobName (base) | ClientName | Job (unique) | FileSetName   (strings)
 * JobType u32 | JobLevel u32 | FileSetMD5 string
 * EOS only ({@link Totals}): JobFiles u32 | JobBytes u64 | StartBlock u32 | EndBlock u32 | StartFile u32 |
 *                            EndFile u32 | JobErrors u32 | JobStatus u32
 * </pre>
 *
 * <p>JobType, JobLevel and JobStatus are the character codes of PROTOCOL.md §10 as integers ('B' = 66).
 *
 * @param type SOS_LABEL or EOS_LABEL
 * @param totals present exactly for EOS_LABEL, else {@code null}
 */
public record SessionLabel(
    LabelType type,
    String id,
    long verNum,
    long jobId,
    long writeBtime,
    double writeTime,
    String poolName,
    String poolType,
    String jobName,
    String clientName,
    String job,
    String fileSetName,
    long jobType,
    long jobLevel,
    String fileSetMd5,
    Totals totals)
    implements Label {

  /**
   * The fields only the EOS label has. StartBlock/EndBlock are the low, StartFile/EndFile the high 32 bits of the
   * job's first and last volume addresses as the Storage Daemon knew them when it wrote the label.
   */
  public record Totals(long jobFiles, long jobBytes, long startBlock, long endBlock, long startFile, long endFile,
      long jobErrors, long jobStatus) {}

  public SessionLabel {
    if (type != LabelType.SOS_LABEL && type != LabelType.EOS_LABEL) {
      throw new IllegalArgumentException("a session label is SOS_LABEL or EOS_LABEL, not " + type);
    }
    if ((type == LabelType.EOS_LABEL) != (totals != null)) {
      throw new IllegalArgumentException("totals are required for EOS_LABEL and forbidden for SOS_LABEL");
    }
  }

  /** A start-of-session label with the current Id and VerNum and write_time 0. */
  public static SessionLabel startOfSession(long jobId, long writeBtime, String poolName, String poolType,
      String jobName, String clientName, String job, String fileSetName, long jobType, long jobLevel,
      String fileSetMd5) {
    return new SessionLabel(LabelType.SOS_LABEL, BAREOS_ID, BAREOS_TAPE_VERSION, jobId, writeBtime, 0, poolName,
        poolType, jobName, clientName, job, fileSetName, jobType, jobLevel, fileSetMd5, null);
  }

  /** The matching end-of-session label: same job fields, another write time, and the totals. */
  public SessionLabel endOfSession(long writeBtime, Totals totals) {
    return new SessionLabel(LabelType.EOS_LABEL, id, verNum, jobId, writeBtime, writeTime, poolName, poolType,
        jobName, clientName, job, fileSetName, jobType, jobLevel, fileSetMd5, totals);
  }

  /** The EOS totals, empty for SOS. */
  public Optional<Totals> eosTotals() {
    return Optional.ofNullable(totals);
  }

  @Override
  public byte[] encode() {
    SerialOutput out = new SerialOutput()
        .string(id)
        .uint32(verNum)
        .uint32(jobId)
        .btime(writeBtime)
        .float64(writeTime)
        .string(poolName)
        .string(poolType)
        .string(jobName)
        .string(clientName)
        .string(job)
        .string(fileSetName)
        .uint32(jobType)
        .uint32(jobLevel)
        .string(fileSetMd5);
    if (totals != null) {
      out.uint32(totals.jobFiles())
          .int64(totals.jobBytes())
          .uint32(totals.startBlock())
          .uint32(totals.endBlock())
          .uint32(totals.startFile())
          .uint32(totals.endFile())
          .uint32(totals.jobErrors())
          .uint32(totals.jobStatus());
    }
    return out.toByteArray();
  }

  /** Parses the data of an SOS_LABEL or EOS_LABEL record; requires the Bareos Id and VerNum 20. */
  public static SessionLabel decode(LabelType type, byte[] data) throws LabelFormatException {
    SerialInput in = new SerialInput(data);
    String id = in.string("Id");
    long verNum = in.uint32("VerNum");
    in.checkIdAndVersion(id, verNum);
    long jobId = in.uint32("JobId");
    long writeBtime = in.btime("write_btime");
    double writeTime = in.float64("write_time");
    String poolName = in.string("PoolName");
    String poolType = in.string("PoolType");
    String jobName = in.string("JobName");
    String clientName = in.string("ClientName");
    String job = in.string("Job");
    String fileSetName = in.string("FileSetName");
    long jobType = in.uint32("JobType");
    long jobLevel = in.uint32("JobLevel");
    String fileSetMd5 = in.string("FileSetMD5");
    Totals totals = null;
    if (type == LabelType.EOS_LABEL) {
      totals = new Totals(in.uint32("JobFiles"), in.int64("JobBytes"), in.uint32("StartBlock"),
          in.uint32("EndBlock"), in.uint32("StartFile"), in.uint32("EndFile"), in.uint32("JobErrors"),
          in.uint32("JobStatus"));
    }
    return new SessionLabel(type, id, verNum, jobId, writeBtime, writeTime, poolName, poolType, jobName, clientName,
        job, fileSetName, jobType, jobLevel, fileSetMd5, totals);
  }
}
