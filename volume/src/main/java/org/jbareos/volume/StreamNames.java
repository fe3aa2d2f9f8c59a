package org.jbareos.volume;

/**
 * The short stream names {@code bls} prints ({@code stored/record.cc:stream_to_ascii}): {@code UATTR}, {@code DATA},
 * {@code MD5}, ...; a continuation (negative Stream) gets the prefix {@code cont}; labels and unknown streams print
 * the number.
 */
final class StreamNames {
  private StreamNames() {}

  static String of(int stream, int fileIndex) {
    if (fileIndex < 0) {
      return Integer.toString(stream);
    }
    boolean continuation = stream < 0;
    int type = (continuation ? -stream : stream) & org.jbareos.protocol.Stream.TYPE_MASK;
    String name = switch (type) {
      case 1 -> "UATTR";
      case 2 -> "DATA";
      case 11 -> "WIN32-DATA";
      case 12 -> "WIN32-GZIP";
      case 31 -> "WIN32-COMPRESSED";
      case 3 -> "MD5";
      case 10 -> "SHA1";
      case 4 -> "GZIP";
      case 29 -> "COMPRESSED";
      case 5 -> "UNIX-Attributes-EX";
      case 28 -> "RESTORE-OBJECT";
      case 6 -> "SPARSE-DATA";
      case 7 -> "SPARSE-GZIP";
      case 30 -> "SPARSE-COMPRESSED";
      case 8 -> "PROG-NAMES";
      case 9 -> "PROG-DATA";
      case 26 -> "PLUGIN-NAME";
      case 13 -> "MACOS-RSRC";
      case 14 -> "HFSPLUS-Attributes";
      case 17 -> "SHA256";
      case 18 -> "SHA512";
      case 40 -> "XXH128";
      case 19 -> "SIGNED-DIGEST";
      case 22 -> "ENCRYPTED-SESSION-DATA";
      case 20 -> "ENCRYPTED-FILE";
      case 23 -> "ENCRYPTED-GZIP";
      case 32 -> "ENCRYPTED-COMPRESSED";
      case 21 -> "ENCRYPTED-WIN32-DATA";
      case 24 -> "ENCRYPTED-WIN32-GZIP";
      case 33 -> "ENCRYPTED-WIN32-COMPRESSED";
      case 25 -> "ENCRYPTED-MACOS-RSRC";
      default -> null;
    };
    if (name == null) {
      return Integer.toString(continuation ? -stream : stream);
    }
    return continuation ? "cont" + name : name;
  }
}
