package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.protocol.dirfd.FdJobReply;

/**
 * What the File Daemon says about itself ({@code kBareosVersionStrings}, {@code BAREOS_PLATFORM}): in the job reply
 * {@code 2000 OK Job <full> (<shortDate>) <osInfo>,<platform>} ({@code filed/dir_cmd.cc OKjob}, PROTOCOL.md §5.1)
 * and in the job message {@code Version: <full> (<date>) <osInfo>} ({@code filed/backup.cc BlastDataToStorageDaemon},
 * {@code filed/restore.cc DoRestore}).
 *
 * <p>jbareos reports the Bareos version whose protocol it speaks ({@code 26.0.0}) and, where Bareos puts its build
 * date, which jbareos it is ({@code jbareos 0.1.0}), as the Director does.
 *
 * @param full the version, {@code 26.0.0}
 * @param date the text in parentheses, {@code jbareos 0.1.0}
 * @param osInfo {@code GetOsInfo()}: the distribution's pretty name, e.g. {@code Debian GNU/Linux 12 (bookworm)}
 * @param platform {@code BAREOS_PLATFORM}: the distribution id, e.g. {@code debian}
 */
public record FileDaemonVersion(String full, String date, String osInfo, String platform) {

  public FileDaemonVersion {
    Objects.requireNonNull(full, "full");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(osInfo, "osInfo");
    Objects.requireNonNull(platform, "platform");
  }

  /** jbareos on this machine: the names come from {@code /etc/os-release}, else from the JVM's os properties. */
  public static FileDaemonVersion jbareos() {
    Optional<String> release = readOsRelease();
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
    String osInfo = release.flatMap(text -> field(text, "PRETTY_NAME")).orElse(os);
    String platform = release.flatMap(text -> field(text, "ID"))
        .orElse(System.getProperty("os.name").toLowerCase(Locale.ROOT));
    return new FileDaemonVersion("26.0.0", "jbareos 0.1.0", osInfo, platform);
  }

  /** The answer to the Director's {@code JobId=} command. */
  public FdJobReply jobReply() {
    return FdJobReply.of(full, date, osInfo, platform);
  }

  /** The text of the job's {@code Version:} message, with its newline. */
  public String versionMessage() {
    return "Version: " + full + " (" + date + ") " + osInfo + "\n";
  }

  private static Optional<String> readOsRelease() {
    try {
      return Optional.of(Files.readString(Path.of("/etc/os-release")));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> field(String osRelease, String key) {
    for (String line : osRelease.split("\n")) {
      if (line.startsWith(key + "=")) {
        String value = line.substring(key.length() + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
