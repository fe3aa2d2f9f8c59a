package org.jbareos.director.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number texts of {@code status director} and {@code list} in console-login-default.txt. */
class BareosNumbersTest {

  @Test
  void commas() {
    assertThat(BareosNumbers.withCommas("307276")).isEqualTo("307,276");
    assertThat(BareosNumbers.withCommas("70")).isEqualTo("70");
    assertThat(BareosNumbers.withCommas("1000")).isEqualTo("1,000");
    assertThat(BareosNumbers.withCommas("1234567")).isEqualTo("1,234,567");
  }

  @Test
  void suffixes() {
    assertThat(BareosNumbers.withSuffix(307276)).isEqualTo("307.2 K");
    assertThat(BareosNumbers.withSuffix(308506)).isEqualTo("308.5 K");
    assertThat(BareosNumbers.withSuffix(70)).isEqualTo("70 ");
    assertThat(BareosNumbers.withSuffix(0)).isEqualTo("0 ");
  }
}
