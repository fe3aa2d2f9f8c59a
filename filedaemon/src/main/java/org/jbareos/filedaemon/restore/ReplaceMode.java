package org.jbareos.filedaemon.restore;

/**
 * What a restore does with a file that already exists ({@code replace=} of the restore command; PROTOCOL.md §10;
 * {@code findlib/create_file.cc CreateFile}). The decision compares the backed-up mtime with the existing file's.
 */
public enum ReplaceMode {
  /** {@code a}: always replace. */
  ALWAYS('a'),
  /** {@code w}: replace only when the backed-up file is newer ({@code File skipped. Not newer}). */
  IF_NEWER('w'),
  /** {@code o}: replace only when the backed-up file is older ({@code File skipped. Not older}). */
  IF_OLDER('o'),
  /** {@code n}: never replace ({@code File skipped. Already exists}); directories this restore created are updated. */
  NEVER('n');

  private final char code;

  ReplaceMode(char code) {
    this.code = code;
  }

  /** The code letter. */
  public char code() {
    return code;
  }

  /**
   * The mode of a code letter.
   *
   * @throws IllegalArgumentException for another letter
   */
  public static ReplaceMode fromCode(char code) {
    for (ReplaceMode mode : values()) {
      if (mode.code == code) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown replace code '" + code + "' (a, w, o or n)");
  }
}
