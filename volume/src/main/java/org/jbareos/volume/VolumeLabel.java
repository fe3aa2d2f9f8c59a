package org.jbareos.volume;

/**
 * The volume label: the data of the first record of a volume (FileIndex VOL_LABEL -2, or PRE_LABEL -1 on read),
 * in the first block, BlockNumber 0 (PROTOCOL.md §8, {@code stored/label.cc:CreateVolumeLabelRecord},
 * {@code UnserVolumeLabel}).
 *
 * <pre>
 * Id          string  "Bareos 2.0 immortal\n" NUL
 * VerNum      u32     20
 * label_btime btime   int64 microseconds since the epoch: when the volume was labeled
 * write_btime btime   when this label record was written
 * write_date  float64 0 (since VerNum 11)
 * write_time  float64 0
 * VolumeName, PrevVolumeName, PoolName, PoolType, MediaType, HostName, LabelProg, ProgVersion, ProgDate: strings
 * </pre>
 *
 * @param type VOL_LABEL or PRE_LABEL
 * @param id {@link Label#BAREOS_ID}
 * @param verNum {@link Label#BAREOS_TAPE_VERSION}
 * @param labelBtime microseconds since the epoch
 * @param writeBtime microseconds since the epoch
 * @param writeDate float64, 0 in current volumes
 * @param writeTime float64, 0 in current volumes
 * @param volumeName e.g. {@code Full-0001}
 * @param prevVolumeName usually empty
 * @param poolName e.g. {@code Full}
 * @param poolType {@code Backup}
 * @param mediaType e.g. {@code File}
 * @param hostName the Storage Daemon's host name
 * @param labelProg the daemon name, e.g. {@code bareos-sd}
 * @param progVersion {@code Ver. <version> <date>}
 * @param progDate {@code Build <date time>}
 */
public record VolumeLabel(
    LabelType type,
    String id,
    long verNum,
    long labelBtime,
    long writeBtime,
    double writeDate,
    double writeTime,
    String volumeName,
    String prevVolumeName,
    String poolName,
    String poolType,
    String mediaType,
    String hostName,
    String labelProg,
    String progVersion,
    String progDate)
    implements Label {

  public VolumeLabel {
    if (type != LabelType.VOL_LABEL && type != LabelType.PRE_LABEL) {
      throw new IllegalArgumentException("a volume label is VOL_LABEL or PRE_LABEL, not " + type);
    }
  }

  /** A VOL_LABEL with the current Id and VerNum, write_date/write_time 0 and an empty PrevVolumeName. */
  public static VolumeLabel of(long labelBtime, long writeBtime, String volumeName, String poolName, String poolType,
      String mediaType, String hostName, String labelProg, String progVersion, String progDate) {
    return new VolumeLabel(LabelType.VOL_LABEL, BAREOS_ID, BAREOS_TAPE_VERSION, labelBtime, writeBtime, 0, 0,
        volumeName, "", poolName, poolType, mediaType, hostName, labelProg, progVersion, progDate);
  }

  /** This label with another {@code write_btime}, as Bareos sets it each time it writes the label. */
  public VolumeLabel withWriteBtime(long micros) {
    return new VolumeLabel(type, id, verNum, labelBtime, micros, writeDate, writeTime, volumeName, prevVolumeName,
        poolName, poolType, mediaType, hostName, labelProg, progVersion, progDate);
  }

  @Override
  public byte[] encode() {
    return new SerialOutput()
        .string(id)
        .uint32(verNum)
        .btime(labelBtime)
        .btime(writeBtime)
        .float64(writeDate)
        .float64(writeTime)
        .string(volumeName)
        .string(prevVolumeName)
        .string(poolName)
        .string(poolType)
        .string(mediaType)
        .string(hostName)
        .string(labelProg)
        .string(progVersion)
        .string(progDate)
        .toByteArray();
  }

  /** Parses the data of a VOL_LABEL or PRE_LABEL record; requires the Bareos Id and VerNum 20. */
  public static VolumeLabel decode(LabelType type, byte[] data) throws LabelFormatException {
    SerialInput in = new SerialInput(data);
    String id = in.string("Id");
    long verNum = in.uint32("VerNum");
    in.checkIdAndVersion(id, verNum);
    return new VolumeLabel(type, id, verNum, in.btime("label_btime"), in.btime("write_btime"),
        in.float64("write_date"), in.float64("write_time"), in.string("VolumeName"), in.string("PrevVolumeName"),
        in.string("PoolName"), in.string("PoolType"), in.string("MediaType"), in.string("HostName"),
        in.string("LabelProg"), in.string("ProgVersion"), in.string("ProgDate"));
  }
}
