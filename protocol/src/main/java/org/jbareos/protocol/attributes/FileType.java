package org.jbareos.protocol.attributes;

/**
 * The file types of an attribute record ({@code include/filetypes.h}, PROTOCOL.md §7.3). Only the low 16 bits of
 * the number on the wire are the type ({@code FT_MASK}).
 */
public enum FileType {
  /** A hard link to a file whose data was already saved. */
  LNKSAVED(1),
  /** A regular file that is empty. */
  REGE(2),
  REG(3),
  /** A symbolic link; the link target follows the encoded stat. */
  LNK(4),
  /** A directory, sent after its contents; the name ends with {@code /}. */
  DIREND(5),
  SPEC(6),
  NOACCESS(7),
  NOFOLLOW(8),
  NOSTAT(9),
  NOCHG(10),
  DIRNOCHG(11),
  ISARCH(12),
  NORECURSE(13),
  NOFSCHG(14),
  NOOPEN(15),
  RAW(16),
  FIFO(17),
  DIRBEGIN(18),
  INVALIDFS(19),
  INVALIDDT(20),
  REPARSE(21),
  PLUGIN(22),
  DELETED(23),
  BASE(24),
  RESTORE_FIRST(25),
  JUNCTION(26),
  PLUGIN_CONFIG(27),
  PLUGIN_CONFIG_FILLED(28);

  /** {@code FT_MASK}: the type bits of the number on the wire. */
  public static final int MASK = 0xFFFF;

  private final int code;

  FileType(int code) {
    this.code = code;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** The type of a wire number (its low 16 bits), or null when Bareos defines none. */
  public static FileType fromCode(int wire) {
    int code = wire & MASK;
    FileType[] all = values();
    return code >= 1 && code <= all.length ? all[code - 1] : null;
  }

  /** True for the types whose record carries a link target ({@code LNKSAVED}, {@code LNK}, {@code JUNCTION}). */
  public boolean hasLink() {
    return this == LNKSAVED || this == LNK || this == JUNCTION;
  }
}
