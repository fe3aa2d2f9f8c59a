package org.jbareos.config.value;

/**
 * One {@code File =} line of a FileSet Include or Exclude. Bareos reads a leading {@code |} as
 * "run this program on the Director and back up the files it prints", {@code <} as "read the
 * names from this file on the Director"; with a backslash before them ({@code "\\|"},
 * {@code "\\<"}) the client does it ({@code dird/inc_conf.cc}, {@code dird/fd_sendfileset.cc}).
 *
 * @param value the text after the marker
 * @param kind how the value is to be read
 */
public record FileEntry(String value, Kind kind) {

  public enum Kind { PATH, DIRECTOR_COMMAND, CLIENT_COMMAND, DIRECTOR_FILE_LIST, CLIENT_FILE_LIST }

  /** Reads a {@code File =} value as written (escapes of the quoted string resolved). */
  public static FileEntry parse(String written) {
    if (written.startsWith("|")) {
      return new FileEntry(written.substring(1), Kind.DIRECTOR_COMMAND);
    }
    if (written.startsWith("\\|")) {
      return new FileEntry(written.substring(2), Kind.CLIENT_COMMAND);
    }
    if (written.startsWith("<")) {
      return new FileEntry(written.substring(1), Kind.DIRECTOR_FILE_LIST);
    }
    if (written.startsWith("\\<")) {
      return new FileEntry(written.substring(2), Kind.CLIENT_FILE_LIST);
    }
    return new FileEntry(written, Kind.PATH);
  }

  /** The value as written in the configuration. */
  public String written() {
    return switch (kind) {
      case PATH -> value;
      case DIRECTOR_COMMAND -> "|" + value;
      case CLIENT_COMMAND -> "\\|" + value;
      case DIRECTOR_FILE_LIST -> "<" + value;
      case CLIENT_FILE_LIST -> "\\<" + value;
    };
  }
}
