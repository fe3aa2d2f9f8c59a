package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director's job command to the Storage Daemon, 19 fields (PROTOCOL.md §6.1; sent by {@code dird/msgchan.cc
 * jobcmd}, read by {@code stored/job.cc jobcmd}, which refuses anything but 19 fields with {@code 3915 Bad Job
 * command}):
 *
 * <pre>
 * JobId=%d job=%s job_name=%s client_name=%s type=%d level=%d FileSet=%s NoAttr=%d SpoolAttr=%d FileSetMD5=%s
 * SpoolData=%d PreferMountedVols=%d SpoolSize=%s rerunning=%d VolSessionId=%u VolSessionTime=%u Quota=%llu
 * Protocol=%d BackupFormat=%s\n
 * </pre>
 *
 * {@code job_name}, {@code client_name}, {@code FileSet} and {@code BackupFormat} are bashed (the record holds them
 * with real spaces). A missing name is sent as {@link #NONE}, a missing FileSet digest as {@link #DUMMY_MD5}.
 *
 * @param job the unique job name
 * @param type the job type's character code ({@code B} = 66, {@code R} = 82, {@code V} = 86)
 * @param level the level's character code ({@code F} = 70, {@code I} = 73, {@code ' '} = 32)
 * @param protocol 0 native, 1 NDMP_BAREOS, 2 NDMP_NATIVE
 */
public record SdJobCommand(
    int jobId,
    String job,
    String jobName,
    String clientName,
    int type,
    int level,
    String fileSet,
    boolean noAttr,
    boolean spoolAttr,
    String fileSetMd5,
    boolean spoolData,
    boolean preferMountedVols,
    long spoolSize,
    boolean rerunning,
    long volSessionId,
    long volSessionTime,
    long quota,
    int protocol,
    String backupFormat)
    implements TextMessage {
  /** Sent for a missing client, FileSet or backup format name. */
  public static final String NONE = "**None**";
  /** Sent when the FileSet has no digest yet. */
  public static final String DUMMY_MD5 = "**Dummy**";
  /** The default backup format. */
  public static final String NATIVE = "Native";

  public static final WireFormat FORMAT =
      WireFormat.of(
          "SD Job command",
          "JobId=%d job=%127s job_name=%127s client_name=%127s type=%d level=%d FileSet=%127s NoAttr=%d"
              + " SpoolAttr=%d FileSetMD5=%127s SpoolData=%d PreferMountedVols=%d SpoolSize=%127s"
              + " rerunning=%d VolSessionId=%d VolSessionTime=%d Quota=%llu Protocol=%d BackupFormat=%127s\n");

  /** The job type; {@link IllegalArgumentException} for a code Bareos does not define. */
  public JobType jobType() {
    return JobType.fromWireValue(type);
  }

  /** The job level; {@link IllegalArgumentException} for a code Bareos does not define. */
  public JobLevel jobLevel() {
    return JobLevel.fromWireValue(level);
  }

  @Override
  public String wireText() {
    return FORMAT.format(
        jobId, job, bash(jobName), bash(clientName), type, level, bash(fileSet), flag(noAttr), flag(spoolAttr),
        fileSetMd5, flag(spoolData), flag(preferMountedVols), Long.toString(spoolSize), flag(rerunning),
        volSessionId, volSessionTime, quota, protocol, bash(backupFormat));
  }

  public static SdJobCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    long spoolSize;
    try {
      spoolSize = Long.parseLong(f.text(12));
    } catch (NumberFormatException e) {
      throw new ProtocolException(FORMAT.message() + ": expected a number for SpoolSize=, got " + f.text(12));
    }
    return new SdJobCommand(
        f.integer(0), f.text(1), unbash(f.text(2)), unbash(f.text(3)), f.integer(4), f.integer(5),
        unbash(f.text(6)), f.number(7) != 0, f.number(8) != 0, f.text(9), f.number(10) != 0,
        f.number(11) != 0, spoolSize, f.number(13) != 0, f.number(14), f.number(15), f.number(16),
        f.integer(17), unbash(f.text(18)));
  }

  private static int flag(boolean value) {
    return value ? 1 : 0;
  }
}
