package org.jbareos.storage.append;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.protocol.Stream;
import org.jbareos.volume.Record;

/**
 * The catalog records of one file (one FileIndex) of an append session: its attribute and digest records, kept
 * until the volume block that holds them is written, then sent to the Director as {@code UpdCat} ({@code
 * stored/append.cc ProcessedFile}, PROTOCOL.md §0 "batched").
 */
final class ProcessedFile {
  private final int fileIndex;
  private final List<Record> attributes = new ArrayList<>();

  ProcessedFile(int fileIndex) {
    this.fileIndex = fileIndex;
  }

  int fileIndex() {
    return fileIndex;
  }

  List<Record> attributes() {
    return attributes;
  }

  /** Keeps {@code record} if the Director catalogs it. */
  void offer(Record record) {
    if (isCatalogued(record.stream())) {
      attributes.add(record);
    }
  }

  /**
   * The records the Director stores: attributes (1 UNIX_ATTRIBUTES, 5 UNIX_ATTRIBUTES_EX, 28 RESTORE_OBJECT) and
   * digests (3 MD5, 10 SHA1, 17 SHA256, 18 SHA512, 40 XXH128), by the stream's type bits ({@code
   * stored/append.cc:IsAttribute}, {@code CryptoDigestStreamType}).
   */
  static boolean isCatalogued(int stream) {
    return switch (stream & Stream.TYPE_MASK) {
      case 1, 5, 28, 3, 10, 17, 18, 40 -> true;
      default -> false;
    };
  }
}
