package org.jbareos.protocol.fileset;

import java.nio.charset.StandardCharsets;

/**
 * Bareos's own {@code fnmatch} ({@code lib/fnmatch.cc}, the OpenBSD one), which the FD uses for {@code Wild},
 * {@code WildDir}, {@code WildFile}, {@code WildBase} and Exclude {@code File} items ({@code findlib/find.cc
 * AcceptFile}), and the Director for the names of its restore tree ({@code dird/ua_tree.cc}: {@code mark}, {@code
 * ls}, {@code find}, ... with flags 0). It compares bytes (names are UTF-8 on the wire), so {@code ?} matches one
 * byte. The FD calls it without {@link #PATHNAME} unless {@code EnhancedWild} is set, so {@code *} also matches
 * {@code /}. Case folding ({@link #CASEFOLD}, option {@code i}) folds ASCII letters only ({@code tolower} in the C
 * locale). Recursion is limited to 64 levels as in Bareos; deeper patterns do not match.
 */
public final class Fnmatch {

  /** {@code FNM_NOESCAPE}: a backslash is an ordinary character. */
  public static final int NOESCAPE = 0x01;
  /** {@code FNM_PATHNAME}: wildcards do not match {@code /}. */
  public static final int PATHNAME = 0x02;
  /** {@code FNM_PERIOD}: a leading period must be matched explicitly. */
  public static final int PERIOD = 0x04;
  /** {@code FNM_LEADING_DIR}: the pattern may match a leading directory part of the string. */
  public static final int LEADING_DIR = 0x08;
  /** {@code FNM_CASEFOLD}: ASCII letters match in either case. */
  public static final int CASEFOLD = 0x10;

  private static final int MATCH = 0;
  private static final int NOMATCH = 1;
  private static final int TOO_DEEP = -1;
  private static final int MAX_RECURSION = 64;

  private Fnmatch() {}

  /** True when the name matches the pattern. */
  public static boolean matches(String pattern, String name, int flags) {
    return matches(pattern.getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_8), flags);
  }

  /** True when the name bytes match the pattern bytes. */
  public static boolean matches(byte[] pattern, byte[] name, int flags) {
    return match(pattern, 0, name, 0, flags, MAX_RECURSION) == MATCH;
  }

  private static int match(byte[] p, int pi, byte[] s, int si, int flags, int recursion) {
    if (recursion-- <= 0) {
      return TOO_DEEP;
    }
    int start = si;
    while (true) {
      int c = at(p, pi++);
      switch (c) {
        case 0 -> {
          if ((flags & LEADING_DIR) != 0 && at(s, si) == '/') {
            return MATCH;
          }
          return at(s, si) == 0 ? MATCH : NOMATCH;
        }
        case '?' -> {
          if (at(s, si) == 0 || (at(s, si) == '/' && (flags & PATHNAME) != 0) || leadingPeriod(s, si, start, flags)) {
            return NOMATCH;
          }
          si++;
        }
        case '*' -> {
          c = at(p, pi);
          while (c == '*') {
            c = at(p, ++pi);
          }
          if (leadingPeriod(s, si, start, flags)) {
            return NOMATCH;
          }
          if (c == 0) {
            if ((flags & PATHNAME) != 0) {
              return (flags & LEADING_DIR) != 0 || indexOf(s, si, '/') < 0 ? MATCH : NOMATCH;
            }
            return MATCH;
          } else if (c == '/' && (flags & PATHNAME) != 0) {
            si = indexOf(s, si, '/');
            if (si < 0) {
              return NOMATCH;
            }
            break;
          }
          int test;
          while ((test = at(s, si)) != 0) {
            int e = match(p, pi, s, si, flags & ~PERIOD, recursion);
            if (e != NOMATCH) {
              return e;
            }
            if (test == '/' && (flags & PATHNAME) != 0) {
              break;
            }
            si++;
          }
          return NOMATCH;
        }
        case '[' -> {
          if (at(s, si) == 0 || (at(s, si) == '/' && (flags & PATHNAME) != 0) || leadingPeriod(s, si, start, flags)) {
            return NOMATCH;
          }
          int next = range(p, pi, at(s, si), flags);
          if (next == RANGE_ERROR) {
            if (fold('[', flags) != fold(at(s, si), flags)) {
              return NOMATCH;
            }
          } else if (next < 0) {
            return NOMATCH;
          } else {
            pi = next;
          }
          si++;
        }
        case '\\' -> {
          if ((flags & NOESCAPE) == 0) {
            c = at(p, pi++);
            if (c == 0) {
              c = '\\';
              pi--;
            }
          }
          if (fold(c, flags) != fold(at(s, si), flags)) {
            return NOMATCH;
          }
          si++;
        }
        default -> {
          if (fold(c, flags) != fold(at(s, si), flags)) {
            return NOMATCH;
          }
          si++;
        }
      }
    }
  }

  private static final int RANGE_ERROR = Integer.MIN_VALUE;

  /** {@code Rangematch}: the pattern index after the {@code ]} on a match, -1 on no match, or RANGE_ERROR. */
  private static int range(byte[] p, int pi, int test, int flags) {
    boolean negate = at(p, pi) == '!' || at(p, pi) == '^';
    if (negate) {
      pi++;
    }
    test = fold(test, flags);
    boolean ok = false;
    int c = at(p, pi++);
    do {
      if (c == '\\' && (flags & NOESCAPE) == 0) {
        c = at(p, pi++);
      }
      if (c == 0) {
        return RANGE_ERROR;
      }
      if (c == '/' && (flags & PATHNAME) != 0) {
        return -1;
      }
      c = fold(c, flags);
      int c2;
      if (at(p, pi) == '-' && (c2 = at(p, pi + 1)) != 0 && c2 != ']') {
        pi += 2;
        if (c2 == '\\' && (flags & NOESCAPE) == 0) {
          c2 = at(p, pi++);
        }
        if (c2 == 0) {
          return RANGE_ERROR;
        }
        c2 = fold(c2, flags);
        if (c <= test && test <= c2) {
          ok = true;
        }
      } else if (c == test) {
        ok = true;
      }
    } while ((c = at(p, pi++)) != ']');
    return ok == negate ? -1 : pi;
  }

  private static boolean leadingPeriod(byte[] s, int si, int start, int flags) {
    return at(s, si) == '.'
        && (flags & PERIOD) != 0
        && (si == start || ((flags & PATHNAME) != 0 && at(s, si - 1) == '/'));
  }

  /** The byte at an index as C's signed {@code char}, or 0 (EOS) past the end. */
  private static int at(byte[] bytes, int index) {
    return index < bytes.length ? bytes[index] : 0;
  }

  private static int indexOf(byte[] s, int from, int c) {
    for (int i = from; i < s.length; i++) {
      if (s[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int fold(int c, int flags) {
    return (flags & CASEFOLD) != 0 && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
