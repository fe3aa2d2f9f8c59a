package org.jbareos.protocol.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * A bootstrap (BSR): which volumes, sessions, addresses and files a restore, verify or copy reads (PROTOCOL.md
 * §6.1). The Director writes it ({@code dird/bsr.cc:WriteBsr}) and sends it to the SD after {@code bootstrap\n}, one
 * frame per line (with the line's {@code \n}), then an EOD; the SD answers {@code 3000 OK bootstrap\n}.
 *
 * <p>{@link #parse} reads it as the SD does ({@code lib/parse_bsr.cc}): keywords are case-insensitive, values may be
 * quoted, a {@code Volume=} line that comes when the current part already has a volume starts a new part, and lists
 * ({@code 1-3,5}) are accepted. The {@code Storage=} line the Director writes before each {@code Volume=} belongs to
 * the part that follows it.
 */
public record Bootstrap(List<BootstrapVolume> volumes) {
  public Bootstrap {
    volumes = List.copyOf(volumes);
  }

  /** The lines, each with its {@code \n}: the frames after {@code bootstrap\n}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    volumes.forEach(v -> lines.addAll(v.lines()));
    return lines;
  }

  /** The bootstrap file's text. */
  public String text() {
    return String.join("", lines());
  }

  /** Reads a bootstrap file's text. */
  public static Bootstrap parse(String text) throws ProtocolException {
    return parse(List.of(text.split("\n", -1)));
  }

  /**
   * Reads bootstrap lines (for example the frames the SD received).
   *
   * @throws ProtocolException for an unknown keyword, a line without {@code =}, a bad number or a line before the
   *     first volume
   */
  public static Bootstrap parse(List<String> lines) throws ProtocolException {
    List<BootstrapVolume> volumes = new ArrayList<>();
    Part part = null;
    String pendingStorage = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new ProtocolException("bootstrap: expected keyword=value, got \"" + WireFormat.printable(raw) + "\"");
      }
      String keyword = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = unquote(line.substring(equals + 1).strip());
      if (keyword.equals("storage")) {
        pendingStorage = value;
        continue;
      }
      if (keyword.equals("volume")) {
        if (part != null) {
          volumes.add(part.build());
        }
        part = new Part();
        part.storage = pendingStorage;
        part.volume = value;
        pendingStorage = null;
        continue;
      }
      if (part == null) {
        throw new ProtocolException("bootstrap: " + keyword + "= before the first Volume= line");
      }
      switch (keyword) {
        case "mediatype" -> part.mediaType = value;
        case "device" -> part.device = value;
        case "fileregex" -> part.fileRegex = value;
        case "slot" -> part.slot = (int) number(keyword, value);
        case "count" -> part.count = number(keyword, value);
        case "volsessionid" -> part.volSessionIds.addAll(ranges("VolSessionId", value));
        case "volsessiontime" -> part.volSessionTimes.addAll(ranges("VolSessionTime", value));
        case "voladdr" -> part.volAddrs.addAll(ranges("VolAddr", value));
        case "fileindex" -> part.fileIndexes.addAll(ranges("FileIndex", value));
        default ->
            throw new ProtocolException("bootstrap: keyword " + line.substring(0, equals).strip() + " not supported");
      }
    }
    if (part != null) {
      volumes.add(part.build());
    }
    return new Bootstrap(volumes);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static long number(String keyword, String value) throws ProtocolException {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ProtocolException("bootstrap " + keyword + "=" + value + ": expected a number");
    }
  }

  private static List<BsrRange> ranges(String keyword, String value) throws ProtocolException {
    List<BsrRange> ranges = new ArrayList<>();
    for (String item : value.split(",")) {
      ranges.add(BsrRange.parse(keyword, item.strip()));
    }
    return ranges;
  }

  /** Collects one volume part while its lines arrive. */
  private static final class Part {
    String storage;
    String volume;
    String mediaType;
    String device;
    String fileRegex;
    int slot;
    long count;
    final List<BsrRange> volSessionIds = new ArrayList<>();
    final List<BsrRange> volSessionTimes = new ArrayList<>();
    final List<BsrRange> volAddrs = new ArrayList<>();
    final List<BsrRange> fileIndexes = new ArrayList<>();

    BootstrapVolume build() throws ProtocolException {
      if (mediaType == null) {
        throw new ProtocolException("bootstrap: Volume=" + volume + " has no MediaType= line");
      }
      return new BootstrapVolume(
          storage, volume, mediaType, device, slot, fileRegex, volSessionIds, volSessionTimes, volAddrs,
          fileIndexes, count);
    }
  }
}
