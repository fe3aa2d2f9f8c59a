package org.jbareos.net.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.jbareos.net.FrameObserver;
import org.jbareos.net.Signal;

/**
 * The network dump ({@code -z}, {@code lib/bnet_network_dump_private.cc}) in the form of the seed diagrams, one line
 * per frame:
 *
 * <pre>
 *   "Director" -&gt; "Storage Daemon": (  34) Hello Director bareos-dir calling \n
 *   "Storage Daemon" -&gt; "Director": (  -1) BNET_EOD - End of data stream, new data may follow\n
 * </pre>
 *
 * i.e. {@code "<own>" -> "<peer>": (%4d) <text>\n} followed by a real newline, where {@code %4d} is the payload
 * length or the signal value (a length of 999 or more prints as {@code (>999)}: the plantuml format of {@code
 * CreateFormatStringForNetworkMessage}, which caps the value at 999) and the text is at most the first 100 payload bytes with {@code \n} and {@code \t}
 * turned into spaces and every other byte outside 0x20..0x7e dropped ({@code CreateDataString}); a signal prints its
 * name and description. A CRAM response ({@code 4+Y5OExKbD/f+z+gP/+apB\0}, 23 bytes) therefore shows as {@code (
 * 23) 4+Y5OExKbD/f+z+gP/+apB\n}.
 *
 * <p>Bareos prints the participants' resource codes; the seed diagrams replaced them (also inside {@code
 * qualified-name=}) with display names, which is what this trace prints ({@link Participant}).
 *
 * <p><b>Only sent frames are logged</b> (Bareos dumps in {@code SendPacket}): every message of a conversation then
 * appears exactly once in the combined trace of both daemons, as in the seed.
 *
 * <p>Thread-safe: many connections can share one trace; each line is written whole and flushed.
 */
public final class NetworkTrace implements AutoCloseable {
  /** {@code max_data_dump_bytes_}: how much of a payload a line shows. */
  public static final int MAX_DATA_DUMP_BYTES = 100;
  /** Payload lengths from here on print as {@code (>999)}: the dump caps the value at 999 and marks it. */
  private static final int LARGE = 999;

  private final Appendable out;
  private final ReentrantLock lock = new ReentrantLock();

  private NetworkTrace(Appendable out) {
    this.out = out;
  }

  /** A trace appended to {@code file} (created if missing), flushed after every line. */
  public static NetworkTrace toFile(Path file) throws IOException {
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    return new NetworkTrace(writer);
  }

  /** A trace written to any {@link Appendable}; flushed after every line if it is {@link java.io.Flushable}. */
  public static NetworkTrace to(Appendable out) {
    return new NetworkTrace(Objects.requireNonNull(out, "out"));
  }

  /** An observer for one connection's writer: it logs every frame {@code own} sends to {@code peer}. */
  public FrameObserver between(Participant own, Participant peer) {
    return between(own.displayName(), peer.displayName());
  }

  /** As {@link #between(Participant, Participant)} with free display names. */
  public FrameObserver between(String own, String peer) {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(peer, "peer");
    return (header, payload, offset, length) -> write(line(own, peer, header, payload, offset, length));
  }

  /** One trace line, real newline included. */
  public static String line(String own, String peer, int header, byte[] payload, int offset, int length) {
    String size = header >= LARGE ? "(>999)" : String.format(Locale.ROOT, "(%4d)", header);
    return String.format(Locale.ROOT, "\"%s\" -> \"%s\": %s %s\\n\n", own, peer, size,
        header < 0 ? printable(Signal.nameOf(header) + " - " + Signal.describe(header))
            : printable(payload, offset, Math.min(length, MAX_DATA_DUMP_BYTES)));
  }

  private static String printable(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return printable(bytes, 0, bytes.length);
  }

  private static String printable(byte[] data, int offset, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = offset; i < offset + length; i++) {
      int b = data[i] & 0xFF;
      if (b == '\n' || b == '\t') {
        text.append(' ');
      } else if (b >= 0x20 && b < 0x7f) {
        text.append((char) b);
      }
    }
    return text.toString();
  }

  private void write(String line) throws IOException {
    lock.lock();
    try {
      out.append(line);
      if (out instanceof java.io.Flushable flushable) {
        flushable.flush();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Closes the file (or the {@link AutoCloseable} appendable) under the trace. */
  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      if (out instanceof java.io.Closeable closeable) {
        closeable.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
