package org.jbareos.protocol.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The number and time texts of {@code status director} and {@code list} in console-login-default.txt. */
class StatusTextTest {

  @Test
  void commas() {
    assertThat(StatusText.withCommas("307276")).isEqualTo("307,276");
    assertThat(StatusText.withCommas("70")).isEqualTo("70");
    assertThat(StatusText.withCommas("1000")).isEqualTo("1,000");
    assertThat(StatusText.withCommas("1234567")).isEqualTo("1,234,567");
    assertThat(StatusText.withCommas("-1234567")).isEqualTo("-1,234,567");
    assertThat(StatusText.withCommas(307276)).isEqualTo("307,276");
  }

  @Test
  void suffixes() {
    assertThat(StatusText.withSuffix(307276)).isEqualTo("307.2 K");
    assertThat(StatusText.withSuffix(308506)).isEqualTo("308.5 K");
    assertThat(StatusText.withSuffix(70)).isEqualTo("70 ");
    assertThat(StatusText.withSuffix(0)).isEqualTo("0 ");
  }

  @Test
  void shortTime() {
    assertThat(StatusText.shortTime(LocalDateTime.of(2026, 11, 22, 2, 9, 59))).isEqualTo("22-Nov-26 02:09");
  }
}
