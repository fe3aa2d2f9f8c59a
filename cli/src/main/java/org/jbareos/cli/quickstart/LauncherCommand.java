package org.jbareos.cli.quickstart;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How to run {@code bin/jbareos} from the user's current directory, for the commands the quick start prints: the
 * launcher beside the jar this class came from ({@code <root>/cli/target/jbareos-cli.jar} next to {@code
 * <root>/bin/jbareos}), relative when it is under the current directory, and every argument quoted for a POSIX
 * shell when it needs it (a work directory with a space must still paste into a terminal).
 */
final class LauncherCommand {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private LauncherCommand() {}

  /** {@code bin/jbareos <arguments>}, ready to paste into a shell. */
  static String of(String... arguments) {
    StringBuilder line = new StringBuilder(quote(launcher()));
    for (String argument : arguments) {
      line.append(' ').append(quote(argument));
    }
    return line.toString();
  }

  private static String launcher() {
    Path cwd = Path.of("").toAbsolutePath();
    try {
      Path jar = Path.of(LauncherCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null
          : jar.getParent().getParent().getParent();
      if (root != null && Files.isExecutable(root.resolve("bin").resolve("jbareos"))) {
        Path launcher = root.resolve("bin").resolve("jbareos");
        return launcher.startsWith(cwd) ? cwd.relativize(launcher).toString() : launcher.toString();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // not run from the build tree (an installed copy): the launcher is on the PATH
    }
    return "jbareos";
  }

  /** A POSIX shell word: as is when plain, else in single quotes with embedded quotes escaped. */
  static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
