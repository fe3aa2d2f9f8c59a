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
 * A Client (File Daemon) the Director backs up: address, port, password, connection direction.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code client_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(ClientDirectives.NAME)}.
 */
public final class ClientDirectives {

  private ClientDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> PROTOCOL =
      Directive.of("Protocol", Keywords.AUTH_PROTOCOL).withDefault("Native");

  public static final Directive<String> AUTH_TYPE =
      Directive.of("AuthType", Keywords.AUTH_TYPE).withDefault("None");

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING).alias("FdAddress").required();

  public static final Directive<String> LAN_ADDRESS =
      Directive.of("LanAddress", ScalarTypes.STRING);

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).alias("FdPort").withDefault("9102");

  public static final Directive<String> USERNAME =
      Directive.of("Username", ScalarTypes.STRING);

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD).alias("FdPassword").required();

  public static final Directive<String> CATALOG =
      Directive.of("Catalog", ListTypes.reference("Catalog"));

  public static final Directive<Boolean> PASSIVE =
      Directive.of("Passive", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> CONNECTION_FROM_DIRECTOR_TO_CLIENT =
      Directive.of("ConnectionFromDirectorToClient", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> CONNECTION_FROM_CLIENT_TO_DIRECTOR =
      Directive.of("ConnectionFromClientToDirector", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> ENABLED =
      Directive.of("Enabled", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Long> HARD_QUOTA =
      Directive.of("HardQuota", UnitTypes.SIZE).withDefault("0");

  public static final Directive<Long> SOFT_QUOTA =
      Directive.of("SoftQuota", UnitTypes.SIZE).withDefault("0");

  public static final Directive<Duration> SOFT_QUOTA_GRACE_PERIOD =
      Directive.of("SoftQuotaGracePeriod", UnitTypes.TIME).withDefault("0");

  public static final Directive<Boolean> STRICT_QUOTAS =
      Directive.of("StrictQuotas", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> QUOTA_INCLUDE_FAILED_JOBS =
      Directive.of("QuotaIncludeFailedJobs", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Duration> FILE_RETENTION =
      Directive.of("FileRetention", UnitTypes.TIME).withDefault("5184000").deprecated();

  public static final Directive<Duration> JOB_RETENTION =
      Directive.of("JobRetention", UnitTypes.TIME).withDefault("15552000").deprecated();

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  public static final Directive<Boolean> AUTO_PRUNE =
      Directive.of("AutoPrune", ScalarTypes.BOOL).withDefault("false").deprecated();

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Long> MAXIMUM_BANDWIDTH_PER_JOB =
      Directive.of("MaximumBandwidthPerJob", UnitTypes.SPEED);

  public static final Directive<Integer> NDMP_LOG_LEVEL =
      Directive.of("NdmpLogLevel", ScalarTypes.PINT32).withDefault("4");

  public static final Directive<Long> NDMP_BLOCK_SIZE =
      Directive.of("NdmpBlockSize", UnitTypes.SIZE).withDefault("64512");

  public static final Directive<Boolean> NDMP_USE_LMDB =
      Directive.of("NdmpUseLmdb", ScalarTypes.BOOL).withDefault("true");

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Client", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PROTOCOL, AUTH_TYPE, ADDRESS, LAN_ADDRESS, PORT, USERNAME, PASSWORD,
        CATALOG, PASSIVE, CONNECTION_FROM_DIRECTOR_TO_CLIENT, CONNECTION_FROM_CLIENT_TO_DIRECTOR,
        ENABLED, HARD_QUOTA, SOFT_QUOTA, SOFT_QUOTA_GRACE_PERIOD, STRICT_QUOTAS,
        QUOTA_INCLUDE_FAILED_JOBS, FILE_RETENTION, JOB_RETENTION, HEARTBEAT_INTERVAL, AUTO_PRUNE,
        MAXIMUM_CONCURRENT_JOBS, MAXIMUM_BANDWIDTH_PER_JOB, NDMP_LOG_LEVEL, NDMP_BLOCK_SIZE,
        NDMP_USE_LMDB));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
