package org.jbareos.config.schema;

import java.util.List;

/** The keyword values Bareos accepts for its keyword directives, with the table each comes from. */
public final class Keywords {

  private Keywords() {}

  /** {@code dird_conf.cc: jobtypes}. */
  public static final ValueType<String> JOB_TYPE = ScalarTypes.keyword("a job type", List.of(
      "Backup", "Admin", "Archive", "Verify", "Restore", "Migrate", "Copy", "Consolidate"));

  /** {@code dird_conf.cc: joblevels}. */
  public static final ValueType<String> LEVEL = ScalarTypes.keyword("a job level", List.of(
      "Full", "Base", "Incremental", "Differential", "Since", "VirtualFull", "Catalog",
      "InitCatalog", "VolumeToCatalog", "DiskToCatalog", "Data"));

  /** {@code dird_conf.cc: backupprotocols}. */
  public static final ValueType<String> PROTOCOL = ScalarTypes.keyword("a backup protocol",
      List.of("Native", "NDMP_BAREOS", "NDMP", "NDMP_NATIVE"));

  /** {@code dird_conf.cc: authprotocols}. */
  public static final ValueType<String> AUTH_PROTOCOL = ScalarTypes.keyword(
      "an authentication protocol", List.of("Native", "NDMPV2", "NDMPV3", "NDMPV4"));

  /** {@code dird_conf.cc: authmethods}, {@code stored_conf.cc: authentication_methods}. */
  public static final ValueType<String> AUTH_TYPE = ScalarTypes.keyword(
      "an authentication type", List.of("None", "Clear", "MD5"));

  /** {@code dird_conf.cc: migtypes}. */
  public static final ValueType<String> SELECTION_TYPE = ScalarTypes.keyword("a selection type",
      List.of("SmallestVolume", "OldestVolume", "PoolOccupancy", "PoolTime", "PoolUncopiedJobs",
          "Client", "Volume", "Job", "SqlQuery"));

  /** {@code dird_conf.cc: ReplaceOptions}. */
  public static final ValueType<String> REPLACE = ScalarTypes.keyword("a replace option",
      List.of("Always", "IfNewer", "IfOlder", "Never"));

  /** {@code dird_conf.cc: ActionOnPurgeOptions}. */
  public static final ValueType<String> ACTION_ON_PURGE = ScalarTypes.keyword(
      "an action on purge", List.of("None", "Truncate"));

  /** {@code dird_conf.cc: PoolTypes}. */
  public static final ValueType<String> POOL_TYPE = ScalarTypes.keyword("a pool type",
      List.of("Backup", "Copy", "Cloned", "Archive", "Migration", "Scratch"));

  /** {@code stored_conf.cc: io_directions}. */
  public static final ValueType<String> IO_DIRECTION = ScalarTypes.keyword("an I/O direction",
      List.of("in", "read", "readonly", "out", "write", "writeonly", "both", "readwrite"));

  /** {@code stored_conf.cc: compression_algorithms}. */
  public static final ValueType<String> COMPRESSION = ScalarTypes.keyword(
      "a compression algorithm", List.of("gzip", "lzo", "lzfast", "lz4", "lz4hc"));

  /** {@code filed_conf.cc: CryptoCiphers}. */
  public static final ValueType<String> CIPHER = ScalarTypes.keyword("a cipher", List.of(
      "blowfish", "3des", "aes128", "aes192", "aes256", "camellia128", "camellia192",
      "camellia256", "aes128hmacsha1", "aes256hmacsha1"));

  /** {@code lib/generic_res.h: tapelabels}. */
  public static final ValueType<String> LABEL_TYPE = ScalarTypes.keyword("a label type",
      List.of("bareos", "ansi", "ibm"));
}
