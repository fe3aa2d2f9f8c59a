package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code fileset vss=1\n} or {@code fileset\n} ({@code dird/fd_cmds.cc filesetcmd} {@code "fileset%s\n"},
 * PROTOCOL.md §5.1). The item frames of {@link org.jbareos.protocol.fileset.FileSetLines} and an EOD follow; the FD
 * answers {@link DirFdLine#INCLUDE_OK}.
 *
 * @param vss whether the Director asks for Windows VSS snapshots
 */
public record FilesetCommand(boolean vss) implements TextMessage {
  private static final String PLAIN = "fileset\n";
  private static final String WITH_VSS = "fileset vss=1\n";

  @Override
  public String wireText() {
    return vss ? WITH_VSS : PLAIN;
  }

  /** The FD matches the prefix {@code fileset} and looks for {@code vss=1}. */
  public static FilesetCommand parse(String wire) throws ProtocolException {
    if (!wire.startsWith("fileset")) {
      throw new ProtocolException("fileset: expected \"fileset\", got \"" + WireFormat.printable(wire) + "\"");
    }
    return new FilesetCommand(wire.contains("vss=1"));
  }
}
