package org.jbareos.protocol.attributes;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * A file digest as the FD sends it to the Director during a verify: {@code <FileIndex> <stream> <digest, standard
 * base64 unpadded> *<ALGORITHM>-<FileIndex>*}, no {@code \n} (PROTOCOL.md §5.4, {@code filed/verify.cc}), e.g.
 * {@code 1 3 G0NDCR0AijmDiLdn0D336A *MD5-1*}.
 */
public record VerifyDigest(int fileIndex, Digest digest) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("verify digest", "%ld %d %s *%s");

  @Override
  public String wireText() {
    DigestAlgorithm algorithm = digest.algorithm();
    return FORMAT.format(fileIndex, algorithm.stream(), digest.toCatalog(), algorithm.label() + "-" + fileIndex + "*");
  }

  public static VerifyDigest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    DigestAlgorithm algorithm = DigestAlgorithm.fromStream(f.integer(1));
    if (algorithm == null) {
      throw new ProtocolException("verify digest: stream " + f.number(1) + " is not a digest stream in \"" + wire + "\"");
    }
    return new VerifyDigest(f.integer(0), Digest.fromCatalog(algorithm, f.text(2)));
  }
}
