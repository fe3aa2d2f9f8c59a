package org.jbareos.net;

/**
 * The BSOCK frame limits of {@code lib/bsock_tcp.h} (PROTOCOL.md §1).
 *
 * <pre>
 *   +----------------------+---------------------------------+
 *   | int32 big-endian hdr | payload (hdr bytes, if hdr &gt; 0) |
 *   +----------------------+---------------------------------+
 *     hdr &gt; 0 : payload length, at most 1,000,000 accepted on receive
 *     hdr = 0 : empty message
 *     hdr &lt; 0 : signal, no payload
 * </pre>
 */
public final class FrameLimits {
  /** {@code header_length}: the int32 in front of every frame. */
  public static final int HEADER_LENGTH = 4;
  /** {@code max_packet_size}: the largest header value a receiver accepts. */
  public static final int MAX_PACKET_SIZE = 1_000_000;
  /** {@code max_message_len}: a sender splits longer messages into frames of at most this many payload bytes. */
  public static final int MAX_MESSAGE_LENGTH = MAX_PACKET_SIZE - HEADER_LENGTH;

  private FrameLimits() {}
}
