package org.jbareos.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data stream numbers of a Bareos record (PROTOCOL.md §10, {@code include/streams.h}).
 *
 * <p>A stream number on the wire ({@code <FileIndex> <Stream> 0}, PROTOCOL.md §7.2) and in a volume record header
 * (PROTOCOL.md §8) is an {@code int32}: the low 11 bits ({@link #TYPE_MASK}) are the type listed here, the high bits
 * are flags ({@link #BIT_PLUGIN}, ...). Values that are not in this table are legal on the wire (newer daemons,
 * plugins), so {@link #fromValue(int)} returns an {@link Optional} instead of failing. Where {@code streams.h} has two
 * names for one number (the deprecated {@code STREAM_MD5_SIGNATURE} and {@code STREAM_MD5_DIGEST}, both 3), the
 * current name is used.
 */
public enum Stream {
  NONE(0, "STREAM_NONE"),
  UNIX_ATTRIBUTES(1, "STREAM_UNIX_ATTRIBUTES"),
  FILE_DATA(2, "STREAM_FILE_DATA"),
  MD5_DIGEST(3, "STREAM_MD5_DIGEST"),
  GZIP_DATA(4, "STREAM_GZIP_DATA"),
  UNIX_ATTRIBUTES_EX(5, "STREAM_UNIX_ATTRIBUTES_EX"),
  SPARSE_DATA(6, "STREAM_SPARSE_DATA"),
  SPARSE_GZIP_DATA(7, "STREAM_SPARSE_GZIP_DATA"),
  PROGRAM_NAMES(8, "STREAM_PROGRAM_NAMES"),
  PROGRAM_DATA(9, "STREAM_PROGRAM_DATA"),
  SHA1_DIGEST(10, "STREAM_SHA1_DIGEST"),
  WIN32_DATA(11, "STREAM_WIN32_DATA"),
  WIN32_GZIP_DATA(12, "STREAM_WIN32_GZIP_DATA"),
  MACOS_FORK_DATA(13, "STREAM_MACOS_FORK_DATA"),
  HFSPLUS_ATTRIBUTES(14, "STREAM_HFSPLUS_ATTRIBUTES"),
  UNIX_ACCESS_ACL(15, "STREAM_UNIX_ACCESS_ACL"),
  UNIX_DEFAULT_ACL(16, "STREAM_UNIX_DEFAULT_ACL"),
  SHA256_DIGEST(17, "STREAM_SHA256_DIGEST"),
  SHA512_DIGEST(18, "STREAM_SHA512_DIGEST"),
  SIGNED_DIGEST(19, "STREAM_SIGNED_DIGEST"),
  ENCRYPTED_FILE_DATA(20, "STREAM_ENCRYPTED_FILE_DATA"),
  ENCRYPTED_WIN32_DATA(21, "STREAM_ENCRYPTED_WIN32_DATA"),
  ENCRYPTED_SESSION_DATA(22, "STREAM_ENCRYPTED_SESSION_DATA"),
  ENCRYPTED_FILE_GZIP_DATA(23, "STREAM_ENCRYPTED_FILE_GZIP_DATA"),
  ENCRYPTED_WIN32_GZIP_DATA(24, "STREAM_ENCRYPTED_WIN32_GZIP_DATA"),
  ENCRYPTED_MACOS_FORK_DATA(25, "STREAM_ENCRYPTED_MACOS_FORK_DATA"),
  PLUGIN_NAME(26, "STREAM_PLUGIN_NAME"),
  PLUGIN_DATA(27, "STREAM_PLUGIN_DATA"),
  RESTORE_OBJECT(28, "STREAM_RESTORE_OBJECT"),
  COMPRESSED_DATA(29, "STREAM_COMPRESSED_DATA"),
  SPARSE_COMPRESSED_DATA(30, "STREAM_SPARSE_COMPRESSED_DATA"),
  WIN32_COMPRESSED_DATA(31, "STREAM_WIN32_COMPRESSED_DATA"),
  ENCRYPTED_FILE_COMPRESSED_DATA(32, "STREAM_ENCRYPTED_FILE_COMPRESSED_DATA"),
  ENCRYPTED_WIN32_COMPRESSED_DATA(33, "STREAM_ENCRYPTED_WIN32_COMPRESSED_DATA"),
  XXH128_DIGEST(40, "STREAM_XXH128_DIGEST"),
  NDMP_SEPARATOR(999, "STREAM_NDMP_SEPARATOR"),
  ACL_AIX_TEXT(1000, "STREAM_ACL_AIX_TEXT"),
  ACL_DARWIN_ACCESS_ACL(1001, "STREAM_ACL_DARWIN_ACCESS_ACL"),
  ACL_FREEBSD_DEFAULT_ACL(1002, "STREAM_ACL_FREEBSD_DEFAULT_ACL"),
  ACL_FREEBSD_ACCESS_ACL(1003, "STREAM_ACL_FREEBSD_ACCESS_ACL"),
  ACL_HPUX_ACL_ENTRY(1004, "STREAM_ACL_HPUX_ACL_ENTRY"),
  ACL_IRIX_DEFAULT_ACL(1005, "STREAM_ACL_IRIX_DEFAULT_ACL"),
  ACL_IRIX_ACCESS_ACL(1006, "STREAM_ACL_IRIX_ACCESS_ACL"),
  ACL_LINUX_DEFAULT_ACL(1007, "STREAM_ACL_LINUX_DEFAULT_ACL"),
  ACL_LINUX_ACCESS_ACL(1008, "STREAM_ACL_LINUX_ACCESS_ACL"),
  ACL_TRU64_DEFAULT_ACL(1009, "STREAM_ACL_TRU64_DEFAULT_ACL"),
  ACL_TRU64_DEFAULT_DIR_ACL(1010, "STREAM_ACL_TRU64_DEFAULT_DIR_ACL"),
  ACL_TRU64_ACCESS_ACL(1011, "STREAM_ACL_TRU64_ACCESS_ACL"),
  ACL_SOLARIS_ACLENT(1012, "STREAM_ACL_SOLARIS_ACLENT"),
  ACL_SOLARIS_ACE(1013, "STREAM_ACL_SOLARIS_ACE"),
  ACL_AFS_TEXT(1014, "STREAM_ACL_AFS_TEXT"),
  ACL_AIX_AIXC(1015, "STREAM_ACL_AIX_AIXC"),
  ACL_AIX_NFS4(1016, "STREAM_ACL_AIX_NFS4"),
  ACL_FREEBSD_NFS4_ACL(1017, "STREAM_ACL_FREEBSD_NFS4_ACL"),
  ACL_HURD_DEFAULT_ACL(1018, "STREAM_ACL_HURD_DEFAULT_ACL"),
  ACL_HURD_ACCESS_ACL(1019, "STREAM_ACL_HURD_ACCESS_ACL"),
  ACL_PLUGIN(1020, "STREAM_ACL_PLUGIN"),
  XATTR_PLUGIN(1988, "STREAM_XATTR_PLUGIN"),
  XATTR_HURD(1989, "STREAM_XATTR_HURD"),
  XATTR_IRIX(1990, "STREAM_XATTR_IRIX"),
  XATTR_TRU64(1991, "STREAM_XATTR_TRU64"),
  XATTR_AIX(1992, "STREAM_XATTR_AIX"),
  XATTR_OPENBSD(1993, "STREAM_XATTR_OPENBSD"),
  XATTR_SOLARIS_SYS(1994, "STREAM_XATTR_SOLARIS_SYS"),
  XATTR_SOLARIS(1995, "STREAM_XATTR_SOLARIS"),
  XATTR_DARWIN(1996, "STREAM_XATTR_DARWIN"),
  XATTR_FREEBSD(1997, "STREAM_XATTR_FREEBSD"),
  XATTR_LINUX(1998, "STREAM_XATTR_LINUX"),
  XATTR_NETBSD(1999, "STREAM_XATTR_NETBSD");

  /** {@code STREAMMASK_TYPE}: the low 11 bits of a stream number are its type. */
  public static final int TYPE_MASK = 0x7FF;
  /** {@code STREAM_BIT_64}. */
  public static final int BIT_64 = 1 << 30;
  /** {@code STREAM_BIT_BITS}: the following bits may be set. */
  public static final int BIT_BITS = 1 << 29;
  /** {@code STREAM_BIT_PLUGIN}: item written by a plugin. */
  public static final int BIT_PLUGIN = 1 << 28;
  /** {@code STREAM_BIT_DELTA}: the stream contains delta data. */
  public static final int BIT_DELTA = 1 << 27;
  /** {@code STREAM_BIT_OFFSETS}: the stream has data offsets. */
  public static final int BIT_OFFSETS = 1 << 26;
  /** {@code STREAM_BIT_PORTABLE_DATA}: the data is portable. */
  public static final int BIT_PORTABLE_DATA = 1 << 25;

  private static final Map<Integer, Stream> BY_VALUE = new HashMap<>();

  static {
    for (Stream s : values()) {
      BY_VALUE.put(s.value, s);
    }
  }

  private final int value;
  private final String bareosName;

  Stream(int value, String bareosName) {
    this.value = value;
    this.bareosName = bareosName;
  }

  /** The number as written on the wire and on the volume. */
  public int value() {
    return value;
  }

  /** The {@code #define} name in {@code include/streams.h}, e.g. {@code STREAM_UNIX_ATTRIBUTES}. */
  public String bareosName() {
    return bareosName;
  }

  /**
   * The stream with exactly this number, or empty for a number this table does not know (including numbers with
   * flag bits set; use {@link #fromMasked(int)} for those).
   */
  public static Optional<Stream> fromValue(int value) {
    return Optional.ofNullable(BY_VALUE.get(value));
  }

  /** The type of a stream number after masking off the flag bits ({@link #TYPE_MASK}). */
  public static Optional<Stream> fromMasked(int streamNumber) {
    return fromValue(streamNumber & TYPE_MASK);
  }
}
