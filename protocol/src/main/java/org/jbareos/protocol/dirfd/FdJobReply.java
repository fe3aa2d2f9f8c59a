package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The FD's answer to the {@link FdJobCommand}: {@code 2000 OK Job <version> (<short date>) <osinfo>,<platform>},
 * <b>without</b> {@code \n} ({@code filed/dir_cmd.cc OKjob} {@code "2000 OK Job %s (%s) %s,%s"}, PROTOCOL.md §5.1).
 * The Director checks the prefix {@code 2000 OK Job} and keeps the rest as the client's uname.
 *
 * @param uname everything after {@code 2000 OK Job }, e.g. {@code 26.0.0 (21Aug26) Debian GNU/Linux 12
 *     (bookworm),debian}
 */
public record FdJobReply(String uname) implements TextMessage {
  public static final String PREFIX = "2000 OK Job ";

  /** The reply as the FD builds it. */
  public static FdJobReply of(String version, String shortDate, String osInfo, String platform) {
    return new FdJobReply(version + " (" + shortDate + ") " + osInfo + "," + platform);
  }

  /** The version word, e.g. {@code 26.0.0~pre1298.eda204c31}. */
  public String version() {
    int space = uname.indexOf(' ');
    return space < 0 ? uname : uname.substring(0, space);
  }

  /** The short build date between the parentheses, e.g. {@code 21Aug26}; empty when there is none. */
  public String shortDate() {
    int open = uname.indexOf(" (");
    int close = open < 0 ? -1 : uname.indexOf(") ", open);
    return close < 0 ? "" : uname.substring(open + 2, close);
  }

  /** The OS description before the first comma after the date, e.g. {@code Debian GNU/Linux 12 (bookworm)}. */
  public String osInfo() {
    String rest = afterDate();
    int comma = rest.indexOf(',');
    return comma < 0 ? rest : rest.substring(0, comma);
  }

  /** The platform after that comma, e.g. {@code debian}; empty when there is none. */
  public String platform() {
    String rest = afterDate();
    int comma = rest.indexOf(',');
    return comma < 0 ? "" : rest.substring(comma + 1);
  }

  private String afterDate() {
    int open = uname.indexOf(" (");
    int close = open < 0 ? -1 : uname.indexOf(") ", open);
    return close < 0 ? "" : uname.substring(close + 2);
  }

  @Override
  public String wireText() {
    return PREFIX + uname;
  }

  public static FdJobReply parse(String wire) throws ProtocolException {
    if (!wire.startsWith(PREFIX)) {
      throw new ProtocolException(
          "FD Job reply: expected \"" + PREFIX + "...\", got \"" + WireFormat.printable(wire) + "\"");
    }
    return new FdJobReply(wire.substring(PREFIX.length()));
  }
}
