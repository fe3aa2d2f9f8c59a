package org.jbareos.config.sd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Keywords;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.UnitTypes;

/**
 * A Device: media type, archive device, capabilities.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code dev_items} (core/src/stored/stored_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(DeviceDirectives.NAME)}.
 */
public final class DeviceDirectives {

  private DeviceDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> MEDIA_TYPE =
      Directive.of("MediaType", ScalarTypes.STRING).required();

  public static final Directive<String> DEVICE_TYPE =
      Directive.of("DeviceType", ScalarTypes.STRING).withDefault("");

  public static final Directive<String> ARCHIVE_DEVICE =
      Directive.of("ArchiveDevice", ScalarTypes.STRING).required();

  public static final Directive<String> DEVICE_OPTIONS =
      Directive.of("DeviceOptions", ScalarTypes.STRING);

  public static final Directive<String> DIAGNOSTIC_DEVICE =
      Directive.of("DiagnosticDevice", ScalarTypes.STRING);

  public static final Directive<Boolean> HARDWARE_END_OF_FILE =
      Directive.of("HardwareEndOfFile", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> HARDWARE_END_OF_MEDIUM =
      Directive.of("HardwareEndOfMedium", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> BACKWARD_SPACE_RECORD =
      Directive.of("BackwardSpaceRecord", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> BACKWARD_SPACE_FILE =
      Directive.of("BackwardSpaceFile", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> BSF_AT_EOM =
      Directive.of("BsfAtEom", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> TWO_EOF =
      Directive.of("TwoEof", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> FORWARD_SPACE_RECORD =
      Directive.of("ForwardSpaceRecord", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> FORWARD_SPACE_FILE =
      Directive.of("ForwardSpaceFile", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> FAST_FORWARD_SPACE_FILE =
      Directive.of("FastForwardSpaceFile", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> REMOVABLE_MEDIA =
      Directive.of("RemovableMedia", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> RANDOM_ACCESS =
      Directive.of("RandomAccess", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> AUTOMATIC_MOUNT =
      Directive.of("AutomaticMount", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> LABEL_MEDIA =
      Directive.of("LabelMedia", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> ALWAYS_OPEN =
      Directive.of("AlwaysOpen", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> AUTOCHANGER =
      Directive.of("Autochanger", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> CLOSE_ON_POLL =
      Directive.of("CloseOnPoll", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> BLOCK_POSITIONING =
      Directive.of("BlockPositioning", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> USE_MTIOCGET =
      Directive.of("UseMtiocget", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<Boolean> CHECK_LABELS =
      Directive.of("CheckLabels", ScalarTypes.BOOL).withDefault("off").deprecated();

  public static final Directive<Boolean> REQUIRES_MOUNT =
      Directive.of("RequiresMount", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> OFFLINE_ON_UNMOUNT =
      Directive.of("OfflineOnUnmount", ScalarTypes.BOOL).withDefault("off");

  public static final Directive<Boolean> BLOCK_CHECKSUM =
      Directive.of("BlockChecksum", ScalarTypes.BOOL).withDefault("on");

  public static final Directive<String> ACCESS_MODE =
      Directive.of("AccessMode", Keywords.IO_DIRECTION).withDefault("readwrite");

  public static final Directive<Boolean> AUTO_SELECT =
      Directive.of("AutoSelect", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<String> CHANGER_DEVICE =
      Directive.of("ChangerDevice", ScalarTypes.STRING);

  public static final Directive<String> CHANGER_COMMAND =
      Directive.of("ChangerCommand", ScalarTypes.STRING);

  public static final Directive<String> ALERT_COMMAND =
      Directive.of("AlertCommand", ScalarTypes.STRING);

  public static final Directive<Duration> MAXIMUM_CHANGER_WAIT =
      Directive.of("MaximumChangerWait", UnitTypes.TIME).withDefault("300");

  public static final Directive<Duration> MAXIMUM_OPEN_WAIT =
      Directive.of("MaximumOpenWait", UnitTypes.TIME).withDefault("300");

  public static final Directive<Integer> MAXIMUM_OPEN_VOLUMES =
      Directive.of("MaximumOpenVolumes", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Integer> MAXIMUM_NETWORK_BUFFER_SIZE =
      Directive.of("MaximumNetworkBufferSize", ScalarTypes.PINT32).deprecated();

  public static final Directive<Duration> VOLUME_POLL_INTERVAL =
      Directive.of("VolumePollInterval", UnitTypes.TIME).withDefault("300");

  public static final Directive<Duration> MAXIMUM_REWIND_WAIT =
      Directive.of("MaximumRewindWait", UnitTypes.TIME).withDefault("300");

  public static final Directive<Integer> LABEL_BLOCK_SIZE =
      Directive.of("LabelBlockSize", ScalarTypes.PINT32).withDefault("64512");

  public static final Directive<Integer> MINIMUM_BLOCK_SIZE =
      Directive.of("MinimumBlockSize", ScalarTypes.PINT32);

  public static final Directive<Long> MAXIMUM_BLOCK_SIZE =
      Directive.of("MaximumBlockSize", UnitTypes.SIZE).withDefault("1048576");

  public static final Directive<Long> MAXIMUM_FILE_SIZE =
      Directive.of("MaximumFileSize", UnitTypes.SIZE).withDefault("1000000000");

  public static final Directive<Long> VOLUME_CAPACITY =
      Directive.of("VolumeCapacity", UnitTypes.SIZE);

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<String> SPOOL_DIRECTORY =
      Directive.of("SpoolDirectory", ScalarTypes.STRING);

  public static final Directive<Long> MAXIMUM_SPOOL_SIZE =
      Directive.of("MaximumSpoolSize", UnitTypes.SIZE);

  public static final Directive<Long> MAXIMUM_JOB_SPOOL_SIZE =
      Directive.of("MaximumJobSpoolSize", UnitTypes.SIZE);

  public static final Directive<Integer> DRIVE_INDEX =
      Directive.of("DriveIndex", ScalarTypes.PINT32);

  public static final Directive<String> MOUNT_POINT =
      Directive.of("MountPoint", ScalarTypes.STRING);

  public static final Directive<String> MOUNT_COMMAND =
      Directive.of("MountCommand", ScalarTypes.STRING);

  public static final Directive<String> UNMOUNT_COMMAND =
      Directive.of("UnmountCommand", ScalarTypes.STRING);

  public static final Directive<String> LABEL_TYPE =
      Directive.of("LabelType", Keywords.LABEL_TYPE).deprecated();

  public static final Directive<Boolean> NO_REWIND_ON_CLOSE =
      Directive.of("NoRewindOnClose", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> DRIVE_TAPE_ALERT_ENABLED =
      Directive.of("DriveTapeAlertEnabled", ScalarTypes.BOOL);

  public static final Directive<Boolean> DRIVE_CRYPTO_ENABLED =
      Directive.of("DriveCryptoEnabled", ScalarTypes.BOOL);

  public static final Directive<Boolean> QUERY_CRYPTO_STATUS =
      Directive.of("QueryCryptoStatus", ScalarTypes.BOOL);

  public static final Directive<String> AUTO_DEFLATE =
      Directive.of("AutoDeflate", Keywords.IO_DIRECTION);

  public static final Directive<String> AUTO_DEFLATE_ALGORITHM =
      Directive.of("AutoDeflateAlgorithm", Keywords.COMPRESSION);

  public static final Directive<Integer> AUTO_DEFLATE_LEVEL =
      Directive.of("AutoDeflateLevel", ScalarTypes.PINT32).withDefault("6");

  public static final Directive<String> AUTO_INFLATE =
      Directive.of("AutoInflate", Keywords.IO_DIRECTION);

  public static final Directive<Boolean> COLLECT_STATISTICS =
      Directive.of("CollectStatistics", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> EOF_ON_ERROR_IS_EOT =
      Directive.of("EofOnErrorIsEot", ScalarTypes.BOOL);

  public static final Directive<Integer> COUNT =
      Directive.of("Count", ScalarTypes.PINT32).withDefault("1");

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Device", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, MEDIA_TYPE, DEVICE_TYPE, ARCHIVE_DEVICE, DEVICE_OPTIONS,
        DIAGNOSTIC_DEVICE, HARDWARE_END_OF_FILE, HARDWARE_END_OF_MEDIUM, BACKWARD_SPACE_RECORD,
        BACKWARD_SPACE_FILE, BSF_AT_EOM, TWO_EOF, FORWARD_SPACE_RECORD, FORWARD_SPACE_FILE,
        FAST_FORWARD_SPACE_FILE, REMOVABLE_MEDIA, RANDOM_ACCESS, AUTOMATIC_MOUNT, LABEL_MEDIA,
        ALWAYS_OPEN, AUTOCHANGER, CLOSE_ON_POLL, BLOCK_POSITIONING, USE_MTIOCGET, CHECK_LABELS,
        REQUIRES_MOUNT, OFFLINE_ON_UNMOUNT, BLOCK_CHECKSUM, ACCESS_MODE, AUTO_SELECT,
        CHANGER_DEVICE, CHANGER_COMMAND, ALERT_COMMAND, MAXIMUM_CHANGER_WAIT, MAXIMUM_OPEN_WAIT,
        MAXIMUM_OPEN_VOLUMES, MAXIMUM_NETWORK_BUFFER_SIZE, VOLUME_POLL_INTERVAL,
        MAXIMUM_REWIND_WAIT, LABEL_BLOCK_SIZE, MINIMUM_BLOCK_SIZE, MAXIMUM_BLOCK_SIZE,
        MAXIMUM_FILE_SIZE, VOLUME_CAPACITY, MAXIMUM_CONCURRENT_JOBS, SPOOL_DIRECTORY,
        MAXIMUM_SPOOL_SIZE, MAXIMUM_JOB_SPOOL_SIZE, DRIVE_INDEX, MOUNT_POINT, MOUNT_COMMAND,
        UNMOUNT_COMMAND, LABEL_TYPE, NO_REWIND_ON_CLOSE, DRIVE_TAPE_ALERT_ENABLED,
        DRIVE_CRYPTO_ENABLED, QUERY_CRYPTO_STATUS, AUTO_DEFLATE, AUTO_DEFLATE_ALGORITHM,
        AUTO_DEFLATE_LEVEL, AUTO_INFLATE, COLLECT_STATISTICS, EOF_ON_ERROR_IS_EOT, COUNT));
    return List.copyOf(all);
  }

}
