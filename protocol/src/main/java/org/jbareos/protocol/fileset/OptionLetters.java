package org.jbareos.protocol.fileset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.protocol.attributes.DigestAlgorithm;

/**
 * The option letters of an {@code O <letters>\n} line, split into options as the FD reads them ({@code
 * filed/fileset.cc:SetOptionsAndFlags}; letters in PROTOCOL.md §5.2, {@code dird/inc_conf.cc}). Most options are one
 * letter; these take more:
 *
 * <ul>
 *   <li>{@code S1..S4} (SHA1, SHA256, SHA512, XXH128; a bare {@code S} is SHA1), {@code d1..d4} (shadowing);
 *   <li>{@code Z0..Z9}, {@code Zo}, {@code Zff}, {@code Zf4}, {@code Zfh} (compression);
 *   <li>{@code E3}, {@code Eb}, {@code Ef}, {@code Ea1..3}, {@code Ec1..3}, {@code Eh1..2} (encryption);
 *   <li>{@code C...:}, {@code V...:}, {@code P<n>:}, {@code z<size>:} run up to and including the next {@code :}.
 * </ul>
 */
public final class OptionLetters {

  private OptionLetters() {}

  /** The options of a letters string, in order, e.g. {@code MHAX} &rarr; {@code [M, H, A, X]}. */
  public static List<String> split(String letters) {
    List<String> options = new ArrayList<>();
    int i = 0;
    while (i < letters.length()) {
      int end = optionEnd(letters, i);
      options.add(letters.substring(i, end));
      i = end;
    }
    return options;
  }

  private static int optionEnd(String s, int at) {
    char c = s.charAt(at);
    return switch (c) {
      case 'C', 'V', 'P', 'z' -> {
        int colon = s.indexOf(':', at + 1);
        yield colon < 0 ? s.length() : colon + 1;
      }
      case 'S', 'd' -> at + 1 + (next(s, at + 1, "1234") ? 1 : 0);
      case 'Z' -> {
        if (next(s, at + 1, "0123456789o")) {
          yield at + 2;
        }
        if (next(s, at + 1, "f")) {
          yield at + 2 + (next(s, at + 2, "f4h") ? 1 : 0);
        }
        yield at + 1;
      }
      case 'E' -> {
        if (next(s, at + 1, "3bf")) {
          yield at + 2;
        }
        if (next(s, at + 1, "ach")) {
          yield at + 2 + (next(s, at + 2, "123") ? 1 : 0);
        }
        yield at + 1;
      }
      default -> at + 1;
    };
  }

  private static boolean next(String s, int at, String allowed) {
    return at < s.length() && allowed.indexOf(s.charAt(at)) >= 0;
  }

  /** The signature (digest) the options ask for: {@code M} MD5, {@code S}/{@code S1} SHA1, {@code S2} SHA256, ... */
  public static Optional<DigestAlgorithm> signature(String letters) {
    DigestAlgorithm found = null;
    for (String option : split(letters)) {
      DigestAlgorithm algorithm =
          switch (option) {
            case "M" -> DigestAlgorithm.MD5;
            case "S", "S1" -> DigestAlgorithm.SHA1;
            case "S2" -> DigestAlgorithm.SHA256;
            case "S3" -> DigestAlgorithm.SHA512;
            case "S4" -> DigestAlgorithm.XXH128;
            default -> null;
          };
      if (algorithm != null) {
        found = algorithm;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The compression option ({@code Z6}, {@code Zo}, {@code Zf4}, ...), if any. */
  public static Optional<String> compression(String letters) {
    return split(letters).stream().filter(option -> option.startsWith("Z") && option.length() > 1).reduce((a, b) -> b);
  }

  /** True when the options contain the one-letter option. */
  public static boolean has(String letters, char option) {
    return split(letters).contains(String.valueOf(option));
  }
}
