package org.jbareos.config.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vectors from the conformance README's password table. */
class PasswordTest {

  @Test
  void plainTextGivesTheMd5HexOfIt() {
    Password p = Password.parse("dir-secret");
    assertThat(p.md5Literal()).isFalse();
    assertThat(p.md5Hex()).isEqualTo("5832d9ba1d4dd48772a999378cee2be7");
    assertThat(Password.parse("wrong-secret").md5Hex()).isEqualTo("621605d051b88adbb060256cc31f5319");
    assertThat(p.plainText()).contains("dir-secret");
  }

  @Test
  void md5LiteralIsKeptVerbatim() {
    Password p = Password.parse("[md5]6CF9AA1126E81141BA4A404BF837C2E4");
    assertThat(p.md5Literal()).isTrue();
    assertThat(p.md5Hex()).isEqualTo("6cf9aa1126e81141ba4a404bf837c2e4");
    assertThat(p.plainText()).isEmpty();
    assertThat(Password.parse("[md5]short").md5Literal()).isFalse();
  }

  @Test
  void toStringHidesTheSecret() {
    assertThat(Password.parse("dir-secret").toString()).doesNotContain("dir-secret");
  }
}
