package org.jbareos.net;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One received BSOCK frame (PROTOCOL.md §1): a message (header &ge; 0, possibly empty) or a signal (header &lt; 0).
 * A message over 999,996 bytes that the peer split is seen as several {@code Message}s: Bareos does not join them.
 */
public sealed interface Packet {

  /** For error messages: {@code BNET_TERMINATE (-4)} or {@code a message of 23 bytes}. */
  String describe();

  /**
   * A data frame. The payload may be empty (header 0) and may hold any bytes, NULs included.
   *
   * <p>The array is not copied, neither in nor out: a data stream of 1 MB frames should not pay for two copies per
   * frame. Treat it as read-only.
   */
  record Message(byte[] payload) implements Packet {
    public Message {
      Objects.requireNonNull(payload, "payload");
    }

    /** The payload decoded as UTF-8, every byte kept (an embedded or trailing NUL stays in the text). */
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    public int length() {
      return payload.length;
    }

    @Override
    public String describe() {
      return "a message of " + payload.length + " bytes";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Message m && Arrays.equals(payload, m.payload);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
      return "Message[" + payload.length + " bytes: " + HexFormat.of().formatHex(payload, 0,
          Math.min(payload.length, 32)) + (payload.length > 32 ? "...]" : "]");
    }
  }

  /**
   * A signal frame. {@code value} is the raw negative header, kept even when Bareos does not define it (PROTOCOL.md
   * §1: unknown negative values are passed on, not refused).
   */
  record SignalPacket(int value) implements Packet {
    public SignalPacket {
      if (value >= 0) {
        throw new IllegalArgumentException("a signal header is negative, got " + value);
      }
    }

    public SignalPacket(Signal signal) {
      this(signal.value());
    }

    /** The known signal, or empty for an undefined negative value. */
    public Optional<Signal> signal() {
      return Signal.of(value);
    }

    @Override
    public String describe() {
      return Signal.nameOf(value) + " (" + value + ")";
    }

    /** True if this is {@code signal}. */
    public boolean is(Signal signal) {
      return value == signal.value();
    }

    @Override
    public String toString() {
      return "SignalPacket[" + value + " " + Signal.nameOf(value) + "]";
    }
  }

  /** Convenience for tests and conversations: a message built from UTF-8 text. */
  static Message text(String text) {
    return new Message(text.getBytes(StandardCharsets.UTF_8));
  }
}
