package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code accurate files=<n>\n}: the Director sends the list of files the previous backups hold, one {@link
 * AccurateEntry} frame each, then an EOD ({@code dird/backup.cc SendAccurateCurrentFiles}, {@code filed/dir_cmd.cc
 * AccurateCmd} {@code "accurate files=%u"}, PROTOCOL.md §5.1). There is no reply; errors are {@code 2991 Bad accurate
 * command\n}.
 */
public record AccurateCommand(long files) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("accurate", "accurate files=%u\n");

  @Override
  public String wireText() {
    return FORMAT.format(files);
  }

  public static AccurateCommand parse(String wire) throws ProtocolException {
    return new AccurateCommand(FORMAT.scan(wire).number(0));
  }
}
