package org.jbareos.config.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values the keyword options of a FileSet {@code Options} block accept
 * ({@code dird/inc_conf.cc: FS_option_kw, FS_options}), matched case-insensitively. Options not
 * listed here (Verify, Accurate, Size, Strip Path, ...) take free-form values.
 */
final class FileOptionKeywords {

  private FileOptionKeywords() {}

  private static final List<String> YES_NO = List.of("yes", "no");

  private static final Map<String, List<String>> VALUES = Map.ofEntries(
      Map.entry("Compression", List.of("gzip", "gzip1", "gzip2", "gzip3", "gzip4", "gzip5",
          "gzip6", "gzip7", "gzip8", "gzip9", "lzo", "lzfast", "lz4", "lz4hc")),
      Map.entry("Signature", List.of("md5", "sha1", "sha256", "sha512", "xxh128")),
      Map.entry("Encryption", List.of("blowfish", "3des", "aes128", "aes192", "aes256",
          "camellia128", "camellia192", "camellia256", "aes128hmacsha1", "aes256hmacsha1")),
      Map.entry("Replace", List.of("always", "ifnewer", "never")),
      Map.entry("Shadowing", List.of("localwarn", "localremove", "globalwarn", "globalremove",
          "none")),
      Map.entry("OneFs", YES_NO), Map.entry("Recurse", YES_NO), Map.entry("Sparse", YES_NO),
      Map.entry("HardLinks", YES_NO), Map.entry("ReadFifo", YES_NO),
      Map.entry("Portable", YES_NO), Map.entry("MtimeOnly", YES_NO),
      Map.entry("KeepAtime", YES_NO), Map.entry("Exclude", YES_NO),
      Map.entry("AclSupport", YES_NO), Map.entry("IgnoreCase", YES_NO),
      Map.entry("HfsPlusSupport", YES_NO), Map.entry("NoAtime", YES_NO),
      Map.entry("EnhancedWild", YES_NO), Map.entry("CheckFileChanges", YES_NO),
      Map.entry("HonorNoDumpFlag", YES_NO), Map.entry("XAttrSupport", YES_NO),
      Map.entry("AutoExclude", YES_NO), Map.entry("ForceEncryption", YES_NO));

  /** The accepted values of an option (canonical name), if it is a keyword option. */
  static Optional<List<String>> valuesOf(String option) {
    return Optional.ofNullable(VALUES.get(option));
  }
}
