package org.jbareos.config.sd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.AddressTypes;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.NetAddress;

/**
 * The Storage Daemon's own Storage resource: name, listen addresses, working directory.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code store_items} (core/src/stored/stored_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(StorageDirectives.NAME)}.
 */
public final class StorageDirectives {

  private StorageDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).alias("SdPort").withDefault("9103");

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING).alias("SdAddress");

  public static final Directive<List<NetAddress>> ADDRESSES =
      Directive.of("Addresses", AddressTypes.addresses(9103)).alias("SdAddresses");

  public static final Directive<String> SOURCE_ADDRESS =
      Directive.of("SourceAddress", ScalarTypes.STRING).alias("SdSourceAddress");

  public static final Directive<String> WORKING_DIRECTORY =
      Directive.of("WorkingDirectory", ScalarTypes.STRING).withDefault("/var/lib/bareos");

  public static final Directive<List<String>> BACKEND_DIRECTORY =
      Directive.of("BackendDirectory", ListTypes.STRINGS).withDefault("/usr/lib/bareos/backends");

  public static final Directive<Boolean> JUST_IN_TIME_RESERVATION =
      Directive.of("JustInTimeReservation", ScalarTypes.BOOL).withDefault("Yes");

  public static final Directive<String> PLUGIN_DIRECTORY =
      Directive.of("PluginDirectory", ScalarTypes.STRING);

  public static final Directive<List<String>> PLUGIN_NAMES =
      Directive.of("PluginNames", ListTypes.STRINGS);

  public static final Directive<String> SCRIPTS_DIRECTORY =
      Directive.of("ScriptsDirectory", ScalarTypes.STRING).withDefault("/usr/lib/bareos/scripts");

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1000").deprecated();

  public static final Directive<String> MESSAGES =
      Directive.of("Messages", ListTypes.reference("Messages"));

  public static final Directive<Duration> SD_CONNECT_TIMEOUT =
      Directive.of("SdConnectTimeout", UnitTypes.TIME).withDefault("1800");

  public static final Directive<Duration> FD_CONNECT_TIMEOUT =
      Directive.of("FdConnectTimeout", UnitTypes.TIME).withDefault("1800");

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  public static final Directive<Duration> CHECKPOINT_INTERVAL =
      Directive.of("CheckpointInterval", UnitTypes.TIME).withDefault("0");

  public static final Directive<Integer> MAXIMUM_NETWORK_BUFFER_SIZE =
      Directive.of("MaximumNetworkBufferSize", ScalarTypes.PINT32);

  public static final Directive<Duration> CLIENT_CONNECT_WAIT =
      Directive.of("ClientConnectWait", UnitTypes.TIME).withDefault("1800");

  public static final Directive<String> VER_ID =
      Directive.of("VerId", ScalarTypes.STRING);

  public static final Directive<Long> MAXIMUM_BANDWIDTH_PER_JOB =
      Directive.of("MaximumBandwidthPerJob", UnitTypes.SPEED);

  public static final Directive<Boolean> ALLOW_BANDWIDTH_BURSTING =
      Directive.of("AllowBandwidthBursting", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> NDMP_ENABLE =
      Directive.of("NdmpEnable", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> NDMP_SNOOPING =
      Directive.of("NdmpSnooping", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Integer> NDMP_LOG_LEVEL =
      Directive.of("NdmpLogLevel", ScalarTypes.PINT32).withDefault("4");

  public static final Directive<String> NDMP_ADDRESS =
      Directive.of("NdmpAddress", ScalarTypes.STRING);

  public static final Directive<List<NetAddress>> NDMP_ADDRESSES =
      Directive.of("NdmpAddresses", AddressTypes.addresses(10000));

  public static final Directive<Integer> NDMP_PORT =
      Directive.of("NdmpPort", AddressTypes.PORT).withDefault("10000");

  public static final Directive<Boolean> AUTO_X_FLATE_ON_REPLICATION =
      Directive.of("AutoXFlateOnReplication", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Integer> ABSOLUTE_JOB_TIMEOUT =
      Directive.of("AbsoluteJobTimeout", ScalarTypes.PINT32);

  public static final Directive<Boolean> COLLECT_DEVICE_STATISTICS =
      Directive.of("CollectDeviceStatistics", ScalarTypes.BOOL).withDefault("false").deprecated();

  public static final Directive<Boolean> COLLECT_JOB_STATISTICS =
      Directive.of("CollectJobStatistics", ScalarTypes.BOOL).withDefault("false").deprecated();

  public static final Directive<Integer> STATISTICS_COLLECT_INTERVAL =
      Directive.of("StatisticsCollectInterval", ScalarTypes.PINT32).withDefault("0").deprecated();

  public static final Directive<Boolean> DEVICE_RESERVE_BY_MEDIA_TYPE =
      Directive.of("DeviceReserveByMediaType", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> FILE_DEVICE_CONCURRENT_READ =
      Directive.of("FileDeviceConcurrentRead", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<String> SECURE_ERASE_COMMAND =
      Directive.of("SecureEraseCommand", ScalarTypes.STRING);

  public static final Directive<String> LOG_TIMESTAMP_FORMAT =
      Directive.of("LogTimestampFormat", ScalarTypes.STRING).withDefault("%d-%b %H:%M");

  public static final Directive<Boolean> ENABLE_KTLS =
      Directive.of("EnableKtls", ScalarTypes.BOOL).withDefault("false");

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Storage", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PORT, ADDRESS, ADDRESSES, SOURCE_ADDRESS, WORKING_DIRECTORY,
        BACKEND_DIRECTORY, JUST_IN_TIME_RESERVATION, PLUGIN_DIRECTORY, PLUGIN_NAMES,
        SCRIPTS_DIRECTORY, MAXIMUM_CONCURRENT_JOBS, MESSAGES, SD_CONNECT_TIMEOUT,
        FD_CONNECT_TIMEOUT, HEARTBEAT_INTERVAL, CHECKPOINT_INTERVAL, MAXIMUM_NETWORK_BUFFER_SIZE,
        CLIENT_CONNECT_WAIT, VER_ID, MAXIMUM_BANDWIDTH_PER_JOB, ALLOW_BANDWIDTH_BURSTING,
        NDMP_ENABLE, NDMP_SNOOPING, NDMP_LOG_LEVEL, NDMP_ADDRESS, NDMP_ADDRESSES, NDMP_PORT,
        AUTO_X_FLATE_ON_REPLICATION, ABSOLUTE_JOB_TIMEOUT, COLLECT_DEVICE_STATISTICS,
        COLLECT_JOB_STATISTICS, STATISTICS_COLLECT_INTERVAL, DEVICE_RESERVE_BY_MEDIA_TYPE,
        FILE_DEVICE_CONCURRENT_READ, SECURE_ERASE_COMMAND, LOG_TIMESTAMP_FORMAT, ENABLE_KTLS));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
