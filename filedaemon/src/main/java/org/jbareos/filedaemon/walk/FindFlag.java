package org.jbareos.filedaemon.walk;

/**
 * The one-letter options of an {@code O <letters>} line that change how the FD finds and saves files ({@code
 * filed/fileset.cc SetOptionsAndFlags}, {@code include/fileopts.h}; PROTOCOL.md §5.2). Digests and compression take
 * more than one letter and are kept apart in {@link FindOptions}.
 */
public enum FindFlag {
  /** {@code f}: {@code FO_MULTIFS}, cross file systems (OneFS = no). */
  MULTIFS('f'),
  /** {@code h}: {@code FO_NO_RECURSION}, do not descend into subdirectories. */
  NO_RECURSION('h'),
  /** {@code s}: {@code FO_SPARSE}, do not send all-zero blocks. */
  SPARSE('s'),
  /** {@code H}: {@code FO_NO_HARDLINK}, save every name of a hard-linked file with its data. */
  NO_HARDLINK('H'),
  /** {@code r}: {@code FO_READFIFO}, read the data of a FIFO named as a File item. */
  READFIFO('r'),
  /** {@code p}: {@code FO_PORTABLE}. */
  PORTABLE('p'),
  /** {@code m}: {@code FO_MTIMEONLY}, Incremental/Differential look at mtime only. */
  MTIMEONLY('m'),
  /** {@code k}: {@code FO_KEEPATIME}, put the atime back after reading. */
  KEEPATIME('k'),
  /** {@code e}: {@code FO_EXCLUDE}, a matching pattern excludes instead of includes. */
  EXCLUDE('e'),
  /** {@code A}: {@code FO_ACL}. */
  ACL('A'),
  /** {@code X}: {@code FO_XATTR}. */
  XATTR('X'),
  /** {@code i}: {@code FO_IGNORECASE}, patterns match in either case. */
  IGNORECASE('i'),
  /** {@code K}: {@code FO_NOATIME}, open with {@code O_NOATIME}. */
  NOATIME('K'),
  /** {@code W}: {@code FO_ENHANCEDWILD}, wildcards use {@code FNM_PATHNAME} and WildBase matches the base name. */
  ENHANCEDWILD('W'),
  /** {@code c}: {@code FO_CHKCHANGES}, report files that changed while they were read. */
  CHKCHANGES('c'),
  /** {@code N}: {@code FO_HONOR_NODUMP}. */
  HONOR_NODUMP('N'),
  /** {@code w}: {@code FO_IF_NEWER} (a restore replace option). */
  IF_NEWER('w'),
  /** {@code n}: {@code FO_NOREPLACE} (a restore replace option). */
  NOREPLACE('n'),
  /** {@code x}: {@code FO_NO_AUTOEXCL}. */
  NO_AUTOEXCL('x');

  private final char letter;

  FindFlag(char letter) {
    this.letter = letter;
  }

  /** The option letter. */
  public char letter() {
    return letter;
  }

  /** The flag of a one-letter option, or null when the letter is not a flag. */
  public static FindFlag fromLetter(String option) {
    if (option.length() != 1) {
      return null;
    }
    for (FindFlag flag : values()) {
      if (flag.letter == option.charAt(0)) {
        return flag;
      }
    }
    return null;
  }
}
