package org.jbareos.config.fd;

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
import org.jbareos.config.value.NetAddress;

/**
 * The File Daemon's own Client (alias FileDaemon) resource.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code cli_items} (core/src/filed/filed_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(ClientDirectives.NAME)}.
 */
public final class ClientDirectives {

  private ClientDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).alias("FdPort").withDefault("9102");

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING).alias("FdAddress");

  public static final Directive<List<NetAddress>> ADDRESSES =
      Directive.of("Addresses", AddressTypes.addresses(9102)).alias("FdAddresses");

  public static final Directive<String> SOURCE_ADDRESS =
      Directive.of("SourceAddress", ScalarTypes.STRING).alias("FdSourceAddress");

  public static final Directive<String> WORKING_DIRECTORY =
      Directive.of("WorkingDirectory", ScalarTypes.STRING).withDefault("/var/lib/bareos");

  public static final Directive<String> PLUGIN_DIRECTORY =
      Directive.of("PluginDirectory", ScalarTypes.STRING);

  public static final Directive<List<String>> PLUGIN_NAMES =
      Directive.of("PluginNames", ListTypes.STRINGS);

  public static final Directive<String> SCRIPTS_DIRECTORY =
      Directive.of("ScriptsDirectory", ScalarTypes.STRING).withDefault("/usr/lib/bareos/scripts");

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1000").deprecated();

  public static final Directive<Integer> MAXIMUM_WORKERS_PER_JOB =
      Directive.of("MaximumWorkersPerJob", ScalarTypes.PINT32).withDefault("2");

  public static final Directive<String> MESSAGES =
      Directive.of("Messages", ListTypes.reference("Messages"));

  public static final Directive<Duration> SD_CONNECT_TIMEOUT =
      Directive.of("SdConnectTimeout", UnitTypes.TIME).withDefault("1800");

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  public static final Directive<Integer> MAXIMUM_NETWORK_BUFFER_SIZE =
      Directive.of("MaximumNetworkBufferSize", ScalarTypes.PINT32);

  public static final Directive<Boolean> PKI_SIGNATURES =
      Directive.of("PkiSignatures", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> PKI_ENCRYPTION =
      Directive.of("PkiEncryption", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<String> PKI_KEY_PAIR =
      Directive.of("PkiKeyPair", ScalarTypes.STRING);

  public static final Directive<List<String>> PKI_SIGNER =
      Directive.of("PkiSigner", ListTypes.STRINGS);

  public static final Directive<List<String>> PKI_MASTER_KEY =
      Directive.of("PkiMasterKey", ListTypes.STRINGS);

  public static final Directive<String> PKI_CIPHER =
      Directive.of("PkiCipher", Keywords.CIPHER).withDefault("aes128");

  public static final Directive<String> VER_ID =
      Directive.of("VerId", ScalarTypes.STRING);

  public static final Directive<Long> MAXIMUM_BANDWIDTH_PER_JOB =
      Directive.of("MaximumBandwidthPerJob", UnitTypes.SPEED);

  public static final Directive<Boolean> ALLOW_BANDWIDTH_BURSTING =
      Directive.of("AllowBandwidthBursting", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<List<String>> ALLOWED_SCRIPT_DIR =
      Directive.of("AllowedScriptDir", ListTypes.STRINGS);

  public static final Directive<List<String>> ALLOWED_JOB_COMMAND =
      Directive.of("AllowedJobCommand", ListTypes.STRINGS);

  public static final Directive<Integer> ABSOLUTE_JOB_TIMEOUT =
      Directive.of("AbsoluteJobTimeout", ScalarTypes.PINT32);

  public static final Directive<Boolean> ALWAYS_USE_LMDB =
      Directive.of("AlwaysUseLmdb", ScalarTypes.BOOL).withDefault("false").deprecated();

  public static final Directive<Integer> LMDB_THRESHOLD =
      Directive.of("LmdbThreshold", ScalarTypes.PINT32);

  public static final Directive<String> SECURE_ERASE_COMMAND =
      Directive.of("SecureEraseCommand", ScalarTypes.STRING);

  public static final Directive<String> LOG_TIMESTAMP_FORMAT =
      Directive.of("LogTimestampFormat", ScalarTypes.STRING).withDefault("%d-%b %H:%M");

  public static final Directive<String> GRPC_MODULE =
      Directive.of("GrpcModule", ScalarTypes.STRING).withDefault("bareos-grpc-fd-plugin-bridge");

  public static final Directive<Boolean> ENABLE_KTLS =
      Directive.of("EnableKtls", ScalarTypes.BOOL).withDefault("false");

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Client", List.of("FileDaemon"), ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PORT, ADDRESS, ADDRESSES, SOURCE_ADDRESS, WORKING_DIRECTORY,
        PLUGIN_DIRECTORY, PLUGIN_NAMES, SCRIPTS_DIRECTORY, MAXIMUM_CONCURRENT_JOBS,
        MAXIMUM_WORKERS_PER_JOB, MESSAGES, SD_CONNECT_TIMEOUT, HEARTBEAT_INTERVAL,
        MAXIMUM_NETWORK_BUFFER_SIZE, PKI_SIGNATURES, PKI_ENCRYPTION, PKI_KEY_PAIR, PKI_SIGNER,
        PKI_MASTER_KEY, PKI_CIPHER, VER_ID, MAXIMUM_BANDWIDTH_PER_JOB, ALLOW_BANDWIDTH_BURSTING,
        ALLOWED_SCRIPT_DIR, ALLOWED_JOB_COMMAND, ABSOLUTE_JOB_TIMEOUT, ALWAYS_USE_LMDB,
        LMDB_THRESHOLD, SECURE_ERASE_COMMAND, LOG_TIMESTAMP_FORMAT, GRPC_MODULE, ENABLE_KTLS));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
