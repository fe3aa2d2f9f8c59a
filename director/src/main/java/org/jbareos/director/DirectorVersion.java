package org.jbareos.director;

import java.util.Objects;

/**
 * What the Director says about itself ({@code kBareosVersionStrings}): in the console login line {@code 1000<RS>OK:
 * <dir> Version: <full> (<date>)} (PROTOCOL.md §2.6), in {@code version} and in the {@code status director} header.
 *
 * <p>jbareos reports {@code Version: 26.0.0 (jbareos 0.1.0)}: the Bareos version whose protocol it speaks (consoles
 * read {@code major.minor} from it) and, where Bareos puts its release date, which jbareos it is.
 *
 * @param full the version ({@code kBareosVersionStrings.Full})
 * @param date the text in parentheses ({@code kBareosVersionStrings.Date})
 * @param operatingSystem {@code GetOsInfo()}
 * @param distName the distribution name of {@code version} ({@code debian})
 * @param distVersion the distribution version of {@code version}
 * @param binaryInfo {@code BinaryInfo}, shown as {@code <info> binary} in {@code status director}
 * @param servicesMessage the first lines of the {@code 1002} login message ({@code ServicesMessage})
 */
public record DirectorVersion(String full, String date, String operatingSystem, String distName,
    String distVersion, String binaryInfo, String servicesMessage) {

  public DirectorVersion {
    Objects.requireNonNull(full, "full");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(operatingSystem, "operatingSystem");
    Objects.requireNonNull(distName, "distName");
    Objects.requireNonNull(distVersion, "distVersion");
    Objects.requireNonNull(binaryInfo, "binaryInfo");
    Objects.requireNonNull(servicesMessage, "servicesMessage");
  }

  /** jbareos on this machine. */
  public static DirectorVersion jbareos() {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
    return new DirectorVersion("26.0.0", "jbareos 0.1.0", os, System.getProperty("os.name").toLowerCase(
        java.util.Locale.ROOT), os, "jbareos",
        "jbareos, a Java implementation of the Bareos protocols (not Bareos)");
  }
}
