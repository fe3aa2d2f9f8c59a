package org.jbareos.config.dir;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.AddressTypes;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Keywords;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.Password;

/**
 * A Storage Daemon as the Director sees it: address, port, password, devices, media type.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code store_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(StorageDirectives.NAME)}.
 */
public final class StorageDirectives {

  private StorageDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> PROTOCOL =
      Directive.of("Protocol", Keywords.AUTH_PROTOCOL).withDefault("Native");

  public static final Directive<String> AUTH_TYPE =
      Directive.of("AuthType", Keywords.AUTH_TYPE).withDefault("None");

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING).alias("SdAddress").required();

  public static final Directive<String> LAN_ADDRESS =
      Directive.of("LanAddress", ScalarTypes.STRING);

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).alias("SdPort").withDefault("9103");

  public static final Directive<String> USERNAME =
      Directive.of("Username", ScalarTypes.STRING);

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD).alias("SdPassword").required();

  public static final Directive<List<String>> DEVICE =
      Directive.of("Device", ListTypes.STRINGS).required();

  public static final Directive<String> MEDIA_TYPE =
      Directive.of("MediaType", ScalarTypes.STRING).required();

  public static final Directive<Boolean> AUTO_CHANGER =
      Directive.of("AutoChanger", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> ENABLED =
      Directive.of("Enabled", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> ALLOW_COMPRESSION =
      Directive.of("AllowCompression", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  public static final Directive<Duration> CACHE_STATUS_INTERVAL =
      Directive.of("CacheStatusInterval", UnitTypes.TIME).withDefault("30");

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Integer> MAXIMUM_CONCURRENT_READ_JOBS =
      Directive.of("MaximumConcurrentReadJobs", ScalarTypes.PINT32).withDefault("0");

  public static final Directive<String> PAIRED_STORAGE =
      Directive.of("PairedStorage", ListTypes.reference("Storage"));

  public static final Directive<Long> MAXIMUM_BANDWIDTH_PER_JOB =
      Directive.of("MaximumBandwidthPerJob", UnitTypes.SPEED);

  public static final Directive<Boolean> COLLECT_STATISTICS =
      Directive.of("CollectStatistics", ScalarTypes.BOOL).withDefault("false").deprecated();

  public static final Directive<String> NDMP_CHANGER_DEVICE =
      Directive.of("NdmpChangerDevice", ScalarTypes.STRING);

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Storage", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PROTOCOL, AUTH_TYPE, ADDRESS, LAN_ADDRESS, PORT, USERNAME, PASSWORD,
        DEVICE, MEDIA_TYPE, AUTO_CHANGER, ENABLED, ALLOW_COMPRESSION, HEARTBEAT_INTERVAL,
        CACHE_STATUS_INTERVAL, MAXIMUM_CONCURRENT_JOBS, MAXIMUM_CONCURRENT_READ_JOBS,
        PAIRED_STORAGE, MAXIMUM_BANDWIDTH_PER_JOB, COLLECT_STATISTICS, NDMP_CHANGER_DEVICE));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
