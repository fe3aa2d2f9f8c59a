package org.jbareos.volume;

import java.nio.charset.StandardCharsets;

/**
 * Reads the Bareos serialization of {@code lib/serial.h} (see {@link SerialOutput}) from a label's data, failing
 * with a {@link LabelFormatException} naming the byte position when the data is too short or a string has no NUL.
 */
final class SerialInput {
  private final byte[] data;
  private int pos;

  SerialInput(byte[] data) {
    this.data = data;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return data.length - pos;
  }

  private void need(int n, String what) throws LabelFormatException {
    if (data.length - pos < n) {
      throw new LabelFormatException(pos, "label data ends inside " + what + " (" + n + " bytes needed, "
          + (data.length - pos) + " left)");
    }
  }

  int int32(String what) throws LabelFormatException {
    need(4, what);
    int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
        | (data[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  long uint32(String what) throws LabelFormatException {
    return Integer.toUnsignedLong(int32(what));
  }

  long int64(String what) throws LabelFormatException {
    need(8, what);
    long hi = Integer.toUnsignedLong(int32(what));
    long lo = Integer.toUnsignedLong(int32(what));
    return (hi << 32) | lo;
  }

  long btime(String what) throws LabelFormatException {
    return int64(what);
  }

  double float64(String what) throws LabelFormatException {
    return Double.longBitsToDouble(int64(what));
  }

  String string(String what) throws LabelFormatException {
    for (int i = pos; i < data.length; i++) {
      if (data[i] == 0) {
        String s = new String(data, pos, i - pos, StandardCharsets.UTF_8);
        pos = i + 1;
        return s;
      }
    }
    throw new LabelFormatException(pos, "string " + what + " has no terminating NUL");
  }

  /** Checks the {@code Id} and {@code VerNum} every label starts with, just read from this input. */
  void checkIdAndVersion(String id, long verNum) throws LabelFormatException {
    if (!Label.BAREOS_ID.equals(id)) {
      throw new LabelFormatException(0, "label Id is \"" + id.replace("\n", "\\n") + "\", wanted \""
          + Label.BAREOS_ID.replace("\n", "\\n") + "\"");
    }
    if (verNum != Label.BAREOS_TAPE_VERSION) {
      throw new LabelFormatException(pos - 4, "label VerNum is " + verNum + ", wanted " + Label.BAREOS_TAPE_VERSION);
    }
  }
}
