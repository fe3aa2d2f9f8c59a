package org.jbareos.director.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbareos.config.value.FileOptions;
import org.jbareos.protocol.fileset.FileSet;

/**
 * Turns an {@code Options} block of a FileSet resource into the {@code O <letters>} line and its pattern lines
 * (PROTOCOL.md §5.2; {@code dird/inc_conf.cc} {@code FS_options}, {@code FS_option_kw}). Letters are appended keyword
 * by keyword in the order of Bareos's keyword table, then the defaults of the keywords that were not set: {@code H}
 * (hardlinks = no), {@code A} (acl support = yes), {@code X} (xattr support = yes) — so {@code Signature = MD5}
 * gives {@code MHAX}, as in backup-full.txt.
 */
final class FileSetOptionLetters {

  /** The letter keywords in the order of {@code FS_option_kw}, each with its value-to-letters table. */
  private static final List<Map.Entry<String, Map<String, String>>> KEYWORDS = List.of(
      Map.entry("compression", Map.ofEntries(Map.entry("gzip", "Z6"), Map.entry("gzip1", "Z1"),
          Map.entry("gzip2", "Z2"), Map.entry("gzip3", "Z3"), Map.entry("gzip4", "Z4"), Map.entry("gzip5", "Z5"),
          Map.entry("gzip6", "Z6"), Map.entry("gzip7", "Z7"), Map.entry("gzip8", "Z8"), Map.entry("gzip9", "Z9"),
          Map.entry("lzo", "Zo"), Map.entry("lzfast", "Zff"), Map.entry("lz4", "Zf4"), Map.entry("lz4hc", "Zfh"))),
      Map.entry("signature", Map.of("md5", "M", "sha1", "S", "sha256", "S2", "sha512", "S3", "xxh128", "S4")),
      Map.entry("encryption", Map.of("blowfish", "Eb", "3des", "E3", "aes128", "Ea1", "aes192", "Ea2", "aes256",
          "Ea3", "camellia128", "Ec1", "camellia192", "Ec2", "camellia256", "Ec3", "aes128hmacsha1", "Eh1",
          "aes256hmacsha1", "Eh2")),
      Map.entry("verify", Map.of()),
      Map.entry("accurate", Map.of()),
      Map.entry("onefs", yesNo("0", "f")),
      Map.entry("recurse", yesNo("0", "h")),
      Map.entry("sparse", yesNo("s", "0")),
      Map.entry("hardlinks", yesNo("0", "H")),
      Map.entry("replace", Map.of("always", "a", "ifnewer", "w", "never", "n")),
      Map.entry("readfifo", yesNo("r", "0")),
      Map.entry("portable", yesNo("p", "0")),
      Map.entry("mtimeonly", yesNo("m", "0")),
      Map.entry("keepatime", yesNo("k", "0")),
      Map.entry("exclude", yesNo("e", "0")),
      Map.entry("aclsupport", yesNo("A", "0")),
      Map.entry("ignorecase", yesNo("i", "0")),
      Map.entry("hfsplussupport", yesNo("R", "0")),
      Map.entry("noatime", yesNo("K", "0")),
      Map.entry("enhancedwild", yesNo("K", "0")),
      Map.entry("checkfilechanges", yesNo("c", "0")),
      Map.entry("strippath", Map.of()),
      Map.entry("honornodumpflag", yesNo("N", "0")),
      Map.entry("xattrsupport", yesNo("X", "0")),
      Map.entry("size", Map.of()),
      Map.entry("shadowing", Map.of("localwarn", "d1", "localremove", "d2", "globalwarn", "d3", "globalremove",
          "d4", "none", "0")),
      Map.entry("autoexclude", yesNo("0", "x")),
      Map.entry("forceencryption", yesNo("Ef", "0")));

  /** Keywords whose value is copied between a letter and a colon ({@code ScanIncludeOptions}). */
  private static final Map<String, String> VALUE_LETTERS =
      Map.of("verify", "V", "accurate", "C", "strippath", "P", "size", "z");

  /** Defaults added for keywords left unset, in Bareos's order ({@code option_default_values}). */
  private static final List<Map.Entry<String, String>> DEFAULTS =
      List.of(Map.entry("hardlinks", "H"), Map.entry("aclsupport", "A"), Map.entry("xattrsupport", "X"));

  private static final List<Map.Entry<String, FileSet.OptionItem.Code>> PATTERNS = List.of(
      Map.entry("regex", FileSet.OptionItem.Code.REGEX),
      Map.entry("regexdir", FileSet.OptionItem.Code.REGEX_DIR),
      Map.entry("regexfile", FileSet.OptionItem.Code.REGEX_FILE),
      Map.entry("wild", FileSet.OptionItem.Code.WILD),
      Map.entry("wilddir", FileSet.OptionItem.Code.WILD_DIR),
      Map.entry("wildfile", FileSet.OptionItem.Code.WILD_FILE),
      Map.entry("base", FileSet.OptionItem.Code.BASE),
      Map.entry("fstype", FileSet.OptionItem.Code.FS_TYPE),
      Map.entry("drivetype", FileSet.OptionItem.Code.DRIVE_TYPE),
      Map.entry("plugin", FileSet.OptionItem.Code.PLUGIN),
      Map.entry("reader", FileSet.OptionItem.Code.READER),
      Map.entry("writer", FileSet.OptionItem.Code.WRITER));

  private FileSetOptionLetters() {}

  /** The wire form of one Options block. */
  static FileSet.Options of(FileOptions options) throws JobFailure {
    StringBuilder letters = new StringBuilder();
    for (Map.Entry<String, Map<String, String>> keyword : KEYWORDS) {
      for (String value : options.get(keyword.getKey())) {
        String valueLetter = VALUE_LETTERS.get(keyword.getKey());
        if (valueLetter != null) {
          letters.append(valueLetter).append(value).append(':');
          continue;
        }
        String letter = keyword.getValue().get(value.toLowerCase(Locale.ROOT));
        if (letter == null) {
          throw JobFailure.fatal("FileSet option " + keyword.getKey() + " = " + value + " is not known.");
        }
        letters.append(letter);
      }
    }
    for (Map.Entry<String, String> fallback : DEFAULTS) {
      if (options.get(fallback.getKey()).isEmpty()) {
        letters.append(fallback.getValue());
      }
    }
    List<FileSet.OptionItem> items = new ArrayList<>();
    for (Map.Entry<String, FileSet.OptionItem.Code> pattern : PATTERNS) {
      options.get(pattern.getKey()).forEach(value -> items.add(new FileSet.OptionItem(pattern.getValue(), value)));
    }
    return new FileSet.Options(letters.toString(), items);
  }

  private static Map<String, String> yesNo(String yes, String no) {
    return Map.of("yes", yes, "no", no, "true", yes, "false", no);
  }
}
