package org.jbareos.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up the entries of a {@link CharCode} enum by catalog character or wire value. */
final class CharCodeTable<E extends Enum<E> & CharCode> {

  private final String what;
  private final Map<Character, E> byCode;

  /** @param what the table's name in error messages, e.g. {@code job status} */
  CharCodeTable(Class<E> type, String what) {
    this.what = what;
    this.byCode = Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toUnmodifiableMap(CharCode::code, Function.identity()));
  }

  /** The entry for a catalog character; throws {@link IllegalArgumentException} for an unknown one. */
  E fromCode(char code) {
    E entry = byCode.get(code);
    if (entry == null) {
      throw new IllegalArgumentException("unknown " + what + " code '" + code + "' (" + (int) code + ")");
    }
    return entry;
  }

  /** The entry for the integer sent on the wire. */
  E fromWireValue(int value) {
    if (value < 0 || value > Character.MAX_VALUE) {
      throw new IllegalArgumentException("unknown " + what + " value " + value);
    }
    return fromCode((char) value);
  }
}
