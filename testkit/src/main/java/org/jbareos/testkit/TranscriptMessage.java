package org.jbareos.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One bnet message of a recorded conversation (conformance/README.md, "Transcript format").
 *
 * @param seconds time since the capture started
 * @param connection the TCP connection number ({@code #n})
 * @param sender role that sent it ({@code dir}, {@code sd}, {@code sd2}, {@code fd}, {@code console})
 * @param receiver role that received it
 * @param header the frame header: the payload length, or a negative signal value
 * @param payload the payload bytes; for binary payloads over 64 bytes only the recorded prefix
 * @param complete false when the transcript holds only a prefix of a binary payload (the rest is in the pcap)
 */
public record TranscriptMessage(
    double seconds,
    int connection,
    String sender,
    String receiver,
    int header,
    byte[] payload,
    boolean complete) {

  /** True for a signal (negative header). */
  public boolean isSignal() {
    return header < 0;
  }

  /** The payload as text (UTF-8, as the daemons send names), for text messages. */
  public String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /** The payload as ISO-8859-1, one char per byte: exact for matching bytes against string patterns. */
  public String latin1() {
    return new String(payload, StandardCharsets.ISO_8859_1);
  }

  /** True when sent from {@code from} to {@code to}. */
  public boolean isFrom(String from, String to) {
    return sender.equals(from) && receiver.equals(to);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TranscriptMessage m
        && seconds == m.seconds
        && connection == m.connection
        && sender.equals(m.sender)
        && receiver.equals(m.receiver)
        && header == m.header
        && complete == m.complete
        && Arrays.equals(payload, m.payload);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(payload) + Integer.hashCode(header) + connection;
  }

  @Override
  public String toString() {
    String shown = isSignal() ? "sig " + header : "[" + header + "] " + Transcript.escape(payload);
    return "#" + connection + " " + sender + " -> " + receiver + " " + shown;
  }
}
