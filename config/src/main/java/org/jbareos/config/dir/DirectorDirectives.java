package org.jbareos.config.dir;

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
import org.jbareos.config.value.Password;

/**
 * The Director's own Director resource: name, listen addresses, console password, working directory.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code dir_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(DirectorDirectives.NAME)}.
 */
public final class DirectorDirectives {

  private DirectorDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> MESSAGES =
      Directive.of("Messages", ListTypes.reference("Messages"));

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).alias("DirPort").withDefault("9101");

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING).alias("DirAddress");

  public static final Directive<List<NetAddress>> ADDRESSES =
      Directive.of("Addresses", AddressTypes.addresses(9101)).alias("DirAddresses");

  public static final Directive<String> SOURCE_ADDRESS =
      Directive.of("SourceAddress", ScalarTypes.STRING).alias("DirSourceAddress");

  public static final Directive<String> QUERY_FILE =
      Directive.of("QueryFile", ScalarTypes.STRING).withDefault("/usr/lib/bareos/scripts/query.sql");

  public static final Directive<String> WORKING_DIRECTORY =
      Directive.of("WorkingDirectory", ScalarTypes.STRING).withDefault("/var/lib/bareos");

  public static final Directive<String> PLUGIN_DIRECTORY =
      Directive.of("PluginDirectory", ScalarTypes.STRING);

  public static final Directive<List<String>> PLUGIN_NAMES =
      Directive.of("PluginNames", ListTypes.STRINGS);

  public static final Directive<String> SCRIPTS_DIRECTORY =
      Directive.of("ScriptsDirectory", ScalarTypes.STRING).withDefault("/usr/lib/bareos/scripts");

  public static final Directive<Integer> SUBSCRIPTIONS =
      Directive.of("Subscriptions", ScalarTypes.PINT32).withDefault("0");

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Integer> MAXIMUM_CONSOLE_CONNECTIONS =
      Directive.of("MaximumConsoleConnections", ScalarTypes.PINT32).withDefault("20");

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD).required();

  public static final Directive<Duration> FD_CONNECT_TIMEOUT =
      Directive.of("FdConnectTimeout", UnitTypes.TIME).withDefault("180");

  public static final Directive<Duration> SD_CONNECT_TIMEOUT =
      Directive.of("SdConnectTimeout", UnitTypes.TIME).withDefault("1800");

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  public static final Directive<Duration> STATISTICS_RETENTION =
      Directive.of("StatisticsRetention", UnitTypes.TIME).withDefault("160704000").deprecated();

  public static final Directive<Integer> STATISTICS_COLLECT_INTERVAL =
      Directive.of("StatisticsCollectInterval", ScalarTypes.PINT32).withDefault("0").deprecated();

  public static final Directive<String> VER_ID =
      Directive.of("VerId", ScalarTypes.STRING);

  public static final Directive<Password> KEY_ENCRYPTION_KEY =
      Directive.of("KeyEncryptionKey", ScalarTypes.PASSWORD);

  public static final Directive<Boolean> NDMP_SNOOPING =
      Directive.of("NdmpSnooping", ScalarTypes.BOOL);

  public static final Directive<Integer> NDMP_LOG_LEVEL =
      Directive.of("NdmpLogLevel", ScalarTypes.PINT32).withDefault("4");

  public static final Directive<Boolean> NDMP_NAMELIST_FHINFO_SET_ZERO_FOR_INVALID_UQUAD =
      Directive.of("NdmpNamelistFhinfoSetZeroForInvalidUquad", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Integer> ABSOLUTE_JOB_TIMEOUT =
      Directive.of("AbsoluteJobTimeout", ScalarTypes.PINT32);

  public static final Directive<Boolean> AUDITING =
      Directive.of("Auditing", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<List<String>> AUDIT_EVENTS =
      Directive.of("AuditEvents", ListTypes.STRINGS);

  public static final Directive<String> SECURE_ERASE_COMMAND =
      Directive.of("SecureEraseCommand", ScalarTypes.STRING);

  public static final Directive<String> LOG_TIMESTAMP_FORMAT =
      Directive.of("LogTimestampFormat", ScalarTypes.STRING).withDefault("%d-%b %H:%M");

  public static final Directive<Boolean> ENABLE_KTLS =
      Directive.of("EnableKtls", ScalarTypes.BOOL).withDefault("false");

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Director", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, MESSAGES, PORT, ADDRESS, ADDRESSES, SOURCE_ADDRESS, QUERY_FILE,
        WORKING_DIRECTORY, PLUGIN_DIRECTORY, PLUGIN_NAMES, SCRIPTS_DIRECTORY, SUBSCRIPTIONS,
        MAXIMUM_CONCURRENT_JOBS, MAXIMUM_CONSOLE_CONNECTIONS, PASSWORD, FD_CONNECT_TIMEOUT,
        SD_CONNECT_TIMEOUT, HEARTBEAT_INTERVAL, STATISTICS_RETENTION, STATISTICS_COLLECT_INTERVAL,
        VER_ID, KEY_ENCRYPTION_KEY, NDMP_SNOOPING, NDMP_LOG_LEVEL,
        NDMP_NAMELIST_FHINFO_SET_ZERO_FOR_INVALID_UQUAD, ABSOLUTE_JOB_TIMEOUT, AUDITING,
        AUDIT_EVENTS, SECURE_ERASE_COMMAND, LOG_TIMESTAMP_FORMAT, ENABLE_KTLS));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
