package org.jbareos.protocol;

import java.nio.charset.StandardCharsets;

/**
 * A protocol message that is one frame of text, formatted with {@code fsend} (PROTOCOL.md notation: no trailing NUL).
 * Names are UTF-8 on the wire, as the daemons take them from UTF-8 configuration files.
 */
public interface TextMessage {

  /** The exact text of the frame, including its {@code \n} or its absence. */
  String wireText();

  /** The frame payload. */
  default byte[] toWire() {
    return wireText().getBytes(StandardCharsets.UTF_8);
  }

  /** Decodes a received frame payload for a {@code parse(String)} method. */
  static String decode(byte[] payload) {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
