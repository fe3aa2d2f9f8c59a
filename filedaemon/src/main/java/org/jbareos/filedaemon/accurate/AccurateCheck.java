package org.jbareos.filedaemon.accurate;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an accurate Incremental or Differential compares between a file and its entry in the previous backups' list:
 * the letters of {@code Accurate = <letters>} in a FileSet's Options, sent as {@code C<letters>:} ({@code
 * findlib/find.cc AccurateOptionsToBitmask}, {@code findlib/find.h accurate_check}). An Include without them compares
 * {@code mcs} ({@code FindFiles}: {@code accurate_mtime | accurate_ctime | accurate_size}). {@code 5} and {@code 1}
 * both compare the file's digest (of the FileSet's signature algorithm) with the list's checksum.
 */
public enum AccurateCheck {
  INODE('i'),
  PERMISSIONS('p'),
  NLINK('n'),
  UID('u'),
  GID('g'),
  SIZE('s'),
  ATIME('a'),
  MTIME('m'),
  CTIME('c'),
  SIZE_DECREASE('d'),
  ALWAYS('A'),
  MD5('5'),
  SHA1('1');

  /** Bareos's default, {@code mcs}. */
  public static final Set<AccurateCheck> DEFAULT = Set.copyOf(EnumSet.of(MTIME, CTIME, SIZE));

  private final char letter;

  AccurateCheck(char letter) {
    this.letter = letter;
  }

  /** The option letter. */
  public char letter() {
    return letter;
  }

  /**
   * The checks of an {@code Accurate =} value. Letters Bareos does not know are ignored, as {@code
   * AccurateOptionsToBitmask} ignores them ({@code C}, {@code J} and {@code :} too).
   */
  public static Set<AccurateCheck> of(String letters) {
    EnumSet<AccurateCheck> checks = EnumSet.noneOf(AccurateCheck.class);
    for (char c : letters.toCharArray()) {
      for (AccurateCheck check : values()) {
        if (check.letter == c) {
          checks.add(check);
        }
      }
    }
    return checks;
  }
}
