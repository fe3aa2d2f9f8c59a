package org.jbareos.protocol.fileset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bareos's fnmatch ({@code lib/fnmatch.cc}) as the FD calls it. */
class FnmatchTest {

  @Test
  void starMatchesSlashWithoutPathname() {
    assertThat(Fnmatch.matches("*.txt", "/srv/data/docs/a.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/srv/*/a.txt", "/srv/data/docs/a.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/srv/*/a.txt", "/srv/data/docs/a.txt", Fnmatch.PATHNAME)).isFalse();
    assertThat(Fnmatch.matches("/srv/*/*/a.txt", "/srv/data/docs/a.txt", Fnmatch.PATHNAME)).isTrue();
    assertThat(Fnmatch.matches("*.txt", "/srv/data/random.bin", 0)).isFalse();
  }

  @Test
  void questionMarkBracketsAndEscapes() {
    assertThat(Fnmatch.matches("/d/?.txt", "/d/a.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/d/?.txt", "/d/ab.txt", 0)).isFalse();
    assertThat(Fnmatch.matches("/d/[a-c].txt", "/d/b.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/d/[!a-c].txt", "/d/b.txt", 0)).isFalse();
    assertThat(Fnmatch.matches("/d/[^a-c].txt", "/d/x.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/d/[]x].txt", "/d/].txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/d/\\*.txt", "/d/*.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("/d/\\*.txt", "/d/a.txt", 0)).isFalse();
    assertThat(Fnmatch.matches("/d/[a", "/d/[a", 0)).as("an unclosed bracket is literal").isTrue();
  }

  @Test
  void caseFoldIsAsciiOnly() {
    assertThat(Fnmatch.matches("*.TXT", "/d/a.txt", 0)).isFalse();
    assertThat(Fnmatch.matches("*.TXT", "/d/a.txt", Fnmatch.CASEFOLD)).isTrue();
    assertThat(Fnmatch.matches("/d/[A-C].txt", "/d/b.txt", Fnmatch.CASEFOLD)).isTrue();
    assertThat(Fnmatch.matches("*GRÜSSE*", "/d/grüsse", Fnmatch.CASEFOLD)).isFalse();
  }

  @Test
  void utf8NamesAreMatchedAsBytes() {
    assertThat(Fnmatch.matches("*/gr??e-*.txt", "/d/grüße-日本.txt", 0)).isFalse();
    assertThat(Fnmatch.matches("*/gr????e-*.txt", "/d/grüße-日本.txt", 0)).isTrue();
    assertThat(Fnmatch.matches("*日本*", "/d/grüße-日本.txt", 0)).isTrue();
  }

  @Test
  void periodAndLeadingDirFlags() {
    assertThat(Fnmatch.matches("*", ".hidden", Fnmatch.PERIOD)).isFalse();
    assertThat(Fnmatch.matches("*", ".hidden", 0)).isTrue();
    assertThat(Fnmatch.matches("/srv/data", "/srv/data/docs/a.txt", Fnmatch.LEADING_DIR)).isTrue();
    assertThat(Fnmatch.matches("/srv/data", "/srv/database", Fnmatch.LEADING_DIR)).isFalse();
  }
}
