package org.jbareos.protocol.dirfd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code pluginoptions <options, bashed>\n} ({@code dird/fd_cmds.cc pluginoptionscmd}, {@code filed/dir_cmd.cc}
 * {@code "pluginoptions %s"}, PROTOCOL.md §5.1). The FD answers {@link DirFdLine#PLUGIN_OPTIONS_OK}; the same line
 * goes to the SD, which answers {@code 2000 OK plugin options\n}.
 */
public record PluginOptionsCommand(String options) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("pluginoptions", "pluginoptions %s\n");

  @Override
  public String wireText() {
    return FORMAT.format(bash(options));
  }

  public static PluginOptionsCommand parse(String wire) throws ProtocolException {
    return new PluginOptionsCommand(unbash(FORMAT.scan(wire).text(0)));
  }
}
