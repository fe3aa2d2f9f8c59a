package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code setbandwidth=<bytes per second> Job=<job>\n} ({@code dird/fd_cmds.cc}, {@code filed/dir_cmd.cc
 * setbandwidthcmd} {@code "setbandwidth=%lld Job=%127s"}, PROTOCOL.md §5.1). The FD answers {@link
 * DirFdLine#BANDWIDTH_OK}.
 */
public record SetBandwidthCommand(long bytesPerSecond, String job) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("setbandwidth", "setbandwidth=%lld Job=%127s\n");

  @Override
  public String wireText() {
    return FORMAT.format(bytesPerSecond, job);
  }

  public static SetBandwidthCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new SetBandwidthCommand(f.number(0), f.text(1));
  }
}
