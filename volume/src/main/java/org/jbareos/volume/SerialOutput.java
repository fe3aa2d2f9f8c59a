package org.jbareos.volume;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the Bareos serialization of {@code lib/serial.h} (PROTOCOL.md §8 "Serialization"): integers big-endian,
 * {@code float64} as IEEE-754 big-endian, {@code btime} as int64 microseconds since the epoch, strings as their UTF-8
 * bytes followed by one NUL ({@code SerString}).
 */
final class SerialOutput {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

  SerialOutput uint32(long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("not a uint32: " + value);
    }
    return int32((int) value);
  }

  SerialOutput int32(int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  SerialOutput int64(long value) {
    int32((int) (value >>> 32));
    return int32((int) value);
  }

  /** {@code ser_btime}: microseconds since the epoch as int64. */
  SerialOutput btime(long micros) {
    return int64(micros);
  }

  SerialOutput float64(double value) {
    return int64(Double.doubleToRawLongBits(value));
  }

  /** {@code SerString}: the bytes, then NUL. A NUL inside the string would end it early on read, so it is refused. */
  SerialOutput string(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      if (b == 0) {
        throw new IllegalArgumentException("string contains NUL: " + value);
      }
    }
    out.writeBytes(bytes);
    out.write(0);
    return this;
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }
}
