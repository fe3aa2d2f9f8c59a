package org.jbareos.protocol.dirfd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * A client run script: {@code Run OnSuccess=%d OnFailure=%d AbortOnError=%d When=%d Command=%s\n}, the command bashed
 * ({@code dird/fd_cmds.cc runscriptcmd}, {@code filed/dir_cmd.cc}, PROTOCOL.md §5.1). The FD answers {@link
 * DirFdLine#RUN_SCRIPT_OK}.
 *
 * @param when 1 before, 2 after, 3 always ({@code lib/runscript.h})
 */
public record RunScriptCommand(boolean onSuccess, boolean onFailure, boolean abortOnError, int when, String command)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of("Run", "Run OnSuccess=%d OnFailure=%d AbortOnError=%d When=%d Command=%s\n");

  @Override
  public String wireText() {
    return FORMAT.format(onSuccess ? 1 : 0, onFailure ? 1 : 0, abortOnError ? 1 : 0, when, bash(command));
  }

  public static RunScriptCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new RunScriptCommand(
        f.number(0) != 0, f.number(1) != 0, f.number(2) != 0, f.integer(3), unbash(f.text(4)));
  }
}
