package org.jbareos.protocol.dirfd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director starts a restore (PROTOCOL.md §5.1; {@code dird/restore.cc}, {@code filed/dir_cmd.cc RestoreCmd}):
 *
 * <pre>
 * restore replace=%c prelinks=%d where=%s\n
 * restore replace=%c prelinks=%d where=\n          (restore to the original place)
 * restore replace=%c prelinks=%d regexwhere=%s\n
 * </pre>
 *
 * {@code where} and {@code regexwhere} are bashed. The FD answers {@link DirFdLine#RESTORE_OK}.
 *
 * @param replace {@code a} always, {@code w} if newer, {@code n} never, {@code o} if older
 * @param where the restore prefix (may be empty) or, with {@code regex}, the regexwhere expression
 * @param regex whether {@code where} is a {@code regexwhere=}
 */
public record RestoreCommand(char replace, boolean prelinks, String where, boolean regex) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("restore", "restore replace=%c prelinks=%d where=%s\n");
  public static final WireFormat FORMAT_REGEX =
      WireFormat.of("restore", "restore replace=%c prelinks=%d regexwhere=%s\n");

  @Override
  public String wireText() {
    return (regex ? FORMAT_REGEX : FORMAT).format(replace, prelinks ? 1 : 0, bash(where));
  }

  public static RestoreCommand parse(String wire) throws ProtocolException {
    boolean regex = FORMAT_REGEX.matches(wire);
    WireFormat.Fields f = (regex ? FORMAT_REGEX : FORMAT).scan(wire);
    return new RestoreCommand(f.character(0), f.number(1) != 0, unbash(f.text(2)), regex);
  }
}
