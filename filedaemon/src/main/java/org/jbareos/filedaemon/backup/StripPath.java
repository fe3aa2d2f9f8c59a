package org.jbareos.filedaemon.backup;

import java.util.Optional;

/**
 * Option {@code P<n>:} (Strip Path): the names in the attribute record lose their first {@code n} directories, so
 * that files are saved as if they came from a subdirectory ({@code filed/backup.cc StripPath}, {@code do_strip}).
 * {@code /a/b/c} with 2 becomes {@code /c}. When a name has too few directories nothing is stripped. A hard link's
 * first name is stripped like the name (if that fails, neither is); a symlink's target never is.
 */
final class StripPath {

  private StripPath() {}

  /** The stripped name, or empty when it has too few components ({@code do_strip} returns false). */
  static Optional<String> strip(String name, int count) {
    int in = 0;
    StringBuilder out = new StringBuilder(name.length());
    while (in < name.length() && name.charAt(in) != '/') {
      out.append(name.charAt(in++));
    }
    int separators = 0;
    if (in < name.length()) {
      out.append(name.charAt(in++));
      separators++;
    }
    int stripped = 0;
    for (; stripped < count && in < name.length(); stripped++) {
      while (in < name.length() && name.charAt(in) != '/') {
        in++;
      }
      if (in < name.length()) {
        separators++;
        in++;
      }
    }
    for (; in < name.length(); in++) {
      if (name.charAt(in) == '/') {
        separators++;
      }
      out.append(name.charAt(in));
    }
    return stripped == count && separators > count ? Optional.of(out.toString()) : Optional.empty();
  }
}
