package org.jbareos.storage.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code edit_uint64_with_suffix} as the end-of-job message uses it ({@code lib/edit.cc}). */
class TransferRateTest {
  @Test
  void editsLikeBareos() {
    assertThat(TransferRate.withSuffix(308_506)).isEqualTo("308.5 K");
    assertThat(TransferRate.withSuffix(512)).isEqualTo("512 ");
    assertThat(TransferRate.withSuffix(1_234_567)).isEqualTo("1.234 M");
    assertThat(TransferRate.withSuffix(12_345_678)).isEqualTo("12.34 M");
  }

  @Test
  void elapsedTimeIsAtLeastOneSecond() {
    assertThat(TransferRate.elapsedMessage(0, 308_506))
        .isEqualTo("Elapsed time=00:00:01, Transfer rate=308.5 K Bytes/second\n");
    assertThat(TransferRate.elapsedMessage(3_723, 3_723_000))
        .isEqualTo("Elapsed time=01:02:03, Transfer rate=1.000 K Bytes/second\n");
  }
}
