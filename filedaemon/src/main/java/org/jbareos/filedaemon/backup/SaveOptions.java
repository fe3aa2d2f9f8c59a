package org.jbareos.filedaemon.backup;

import java.util.Optional;
import org.jbareos.filedaemon.walk.FindFlag;
import org.jbareos.filedaemon.walk.FindOptions;
import org.jbareos.protocol.Stream;
import org.jbareos.protocol.attributes.DigestAlgorithm;

/**
 * What the FD does with a file's data under its Options block: sparse, compression, digest.
 *
 * @param compression empty when not compressed
 */
public record SaveOptions(boolean sparse, Optional<Compression> compression, Optional<DigestAlgorithm> digest) {

  /**
   * The save options of an Options block.
   *
   * @throws IllegalArgumentException for a compression option this FD does not know or implement, or encryption
   */
  public static SaveOptions of(FindOptions options) {
    if (options.encryption().isPresent()) {
      throw new IllegalArgumentException("encryption " + options.encryption().get()
          + " is not supported by this File Daemon; the data would go out unencrypted");
    }
    Optional<Compression> compression = Optional.empty();
    if (options.compression().isPresent()) {
      String option = options.compression().get();
      Compression chosen =
          Compression.fromOption(option)
              .orElseThrow(() -> new IllegalArgumentException("unknown compression option " + option));
      if (!chosen.algorithm().implemented()) {
        throw new IllegalArgumentException("compression " + option + " (" + chosen.algorithm().displayName()
            + ") is not supported by this File Daemon");
      }
      compression = Optional.of(chosen);
    }
    return new SaveOptions(options.has(FindFlag.SPARSE), compression, options.digest());
  }

  /**
   * The data stream ({@code findlib/attribs.cc SelectDataStream}): FILE_DATA (2), SPARSE_DATA (6) with {@code s},
   * COMPRESSED_DATA (29) or SPARSE_COMPRESSED_DATA (30) when compressed. It is also the last field of the encoded
   * stat of every attribute record, whatever the file type (the kit's directories and symlink carry 2).
   */
  public int dataStream() {
    if (compression.isPresent()) {
      return (sparse ? Stream.SPARSE_COMPRESSED_DATA : Stream.COMPRESSED_DATA).value();
    }
    return (sparse ? Stream.SPARSE_DATA : Stream.FILE_DATA).value();
  }
}
