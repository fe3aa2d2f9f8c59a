package org.jbareos.protocol;

import org.jbareos.net.ProtocolException;

/**
 * A job message ({@code Jmsg}) that the Storage Daemon or the File Daemon sends to the Director on the job socket
 * (PROTOCOL.md §6.2, {@code lib/message.cc}; read by {@code dird/getmsg.cc:BgetDirmsg}):
 *
 * <pre>Jmsg Job=&lt;job&gt; type=&lt;M_type&gt; level=&lt;unix seconds&gt; &lt;text&gt;</pre>
 *
 * {@code level} is really the message time. The text is already prefixed with {@code <daemon> JobId <n>: } and
 * usually ends with {@code \n}. The Director skips {@code type=} and {@code level=} and exactly one space; the rest
 * is the text. There is no reply.
 *
 * @param job the unique job name
 * @param type the message type ({@code M_INFO} = 6, see {@link #M_INFO})
 * @param time the message time in seconds since the epoch
 * @param text the message text as sent, usually ending with {@code \n}
 */
public record JobMessage(String job, int type, long time, String text) implements TextMessage {
  /** The prefix printed before the text ({@code lib/message.cc}). */
  public static final WireFormat FORMAT = WireFormat.of("Jmsg", "Jmsg Job=%127s type=%d level=%lld");

  public static final int M_ABORT = 1;
  public static final int M_FATAL = 3;
  public static final int M_ERROR = 4;
  public static final int M_WARNING = 5;
  public static final int M_INFO = 6;
  public static final int M_SAVED = 7;
  public static final int M_NOTSAVED = 8;
  public static final int M_SKIPPED = 9;
  public static final int M_MOUNT = 10;
  public static final int M_ERROR_TERM = 11;
  public static final int M_TERM = 12;
  public static final int M_RESTORED = 13;
  public static final int M_SECURITY = 14;

  /**
   * A message as a daemon builds it: the text gets the prefix {@code <daemon> JobId <jobId>: } ({@code
   * lib/message.cc}), e.g. {@code bareos-sd JobId 1: Using just in time reservation for job 1\n}.
   */
  public static JobMessage of(String job, int type, long time, String daemon, long jobId, String text) {
    return new JobMessage(job, type, time, daemon + " JobId " + jobId + ": " + text);
  }

  @Override
  public String wireText() {
    return FORMAT.format(job, type, time) + " " + text;
  }

  /**
   * Reads a Jmsg as the Director does: after the fields are scanned, the text starts behind the fourth word ({@code
   * Jmsg}, {@code Job=}, {@code type=}, {@code level=}) and the spaces after the Job word, less exactly one space
   * ({@code dird/getmsg.cc find_msg_start}, {@code BgetDirmsg}).
   */
  public static JobMessage parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    int at = skipSpaces(wire, skipWord(wire, 0));
    at = skipSpaces(wire, skipWord(wire, at));
    at = skipSpaces(wire, skipWord(wire, at));
    at = skipWord(wire, at);
    if (at < wire.length() && wire.charAt(at) == ' ') {
      at++;
    }
    return new JobMessage(f.text(0), f.integer(1), f.number(2), wire.substring(at));
  }

  private static int skipWord(String text, int at) {
    while (at < text.length() && !WireFormat.isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static int skipSpaces(String text, int at) {
    while (at < text.length() && WireFormat.isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
