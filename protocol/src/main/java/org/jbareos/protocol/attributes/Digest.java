package org.jbareos.protocol.attributes;

import java.util.Arrays;
import org.jbareos.net.BareosBase64;
import org.jbareos.net.ProtocolException;

/**
 * A file digest. On the wire (FD→SD record, SD→Dir {@code UpdCat}) it is the raw bytes; the Director stores it in
 * the catalog in the standard base64 alphabet without padding, and the FD sends it that way in verify lines
 * (PROTOCOL.md §5.4, §6.2; {@code dird/catreq.cc} {@code BinToBase64(..., true)}).
 */
public record Digest(DigestAlgorithm algorithm, byte[] value) {

  public Digest {
    value = value.clone();
    if (value.length != algorithm.length()) {
      throw new IllegalArgumentException(
          algorithm + " digest must have " + algorithm.length() + " bytes, got " + value.length);
    }
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  /** Reads the payload of a digest record of the given stream. */
  public static Digest fromRecord(int stream, byte[] payload) throws ProtocolException {
    DigestAlgorithm algorithm = DigestAlgorithm.fromStream(stream);
    if (algorithm == null) {
      throw new ProtocolException("digest record: stream " + stream + " is not a digest stream");
    }
    if (payload.length != algorithm.length()) {
      throw new ProtocolException(
          "digest record: " + algorithm + " needs " + algorithm.length() + " bytes, got " + payload.length);
    }
    return new Digest(algorithm, payload);
  }

  /** The record payload: the raw digest. */
  public byte[] toWire() {
    return value.clone();
  }

  /** The catalog form: standard base64, unpadded (e.g. MD5 of nothing = {@code 1B2M2Y8AsgTpgAmY7PhCfg}). */
  public String toCatalog() {
    return BareosBase64.encode(value, true);
  }

  /** Reads the catalog form. */
  public static Digest fromCatalog(DigestAlgorithm algorithm, String base64) throws ProtocolException {
    byte[] bytes = BareosBase64.decode(base64);
    if (bytes.length != algorithm.length()) {
      throw new ProtocolException(
          "digest \"" + base64 + "\": " + algorithm + " needs " + algorithm.length() + " bytes, got " + bytes.length);
    }
    return new Digest(algorithm, bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Digest d && algorithm == d.algorithm && Arrays.equals(value, d.value);
  }

  @Override
  public int hashCode() {
    return algorithm.hashCode() * 31 + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return algorithm + ":" + toCatalog();
  }
}
