package org.jbareos.config.schema;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values from {@code core/src/lib/edit.cc} (DurationToUtime, size_to_uint64, speed_to_uint64). */
class BareosUnitsTest {

  @ParameterizedTest
  @CsvSource({
      "60, 60", "30 days, 2592000", "1 hour 20 min, 4800", "1 hours 20 mins, 4800",
      "2 weeks, 1209600", "1 m, 2592000", "1 n, 60", "1 minute, 60", "365 days, 31536000",
      "1 year, 31536000", "1 quarter, 7862400", "1.5 days, 129600", "10 sec, 10",
      "1d 2h, 93600", "0, 0"})
  void durations(String text, long seconds) {
    assertThat(BareosUnits.seconds(text)).hasValue(seconds);
  }

  @ParameterizedTest
  @CsvSource({"1 fortnight", "secs", "'', ", "-5", "5 days x"})
  void notDurations(String text) {
    assertThat(BareosUnits.seconds(text == null ? "" : text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "512, 512", "512k, 524288", "10 GB, 10000000000", "10 G, 10737418240", "1G, 1073741824",
      "2 kb, 2000", "1 m, 1048576", "1 mb, 1000000", "1 t, 1099511627776", "1 tb, 1000000000000",
      "1.5 k, 1536"})
  void sizes(String text, long bytes) {
    assertThat(BareosUnits.bytes(text)).hasValue(bytes);
  }

  @ParameterizedTest
  @CsvSource({"10 GiB", "1 bytes", "x"})
  void notSizes(String text) {
    assertThat(BareosUnits.bytes(text)).isEmpty();
  }

  /** Every sum of two parts, each with a time unit, is the sum of their values. */
  @Property(tries = 200)
  void durationPartsAddUp(@ForAll @IntRange(max = 100000) int a, @ForAll @IntRange(max = 1000) int b,
      @ForAll("timeUnit") String unitA, @ForAll("timeUnit") String unitB) {
    long expected = (long) a * factor(unitA) + (long) b * factor(unitB);
    assertThat(BareosUnits.seconds(a + " " + unitA + " " + b + unitB)).hasValue(expected);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> timeUnit() {
    return net.jqwik.api.Arbitraries.of("seconds", "min", "minutes", "hours", "days", "weeks",
        "months", "quarters", "years", "");
  }

  private static long factor(String unit) {
    return switch (unit) {
      case "seconds", "" -> 1;
      case "min", "minutes" -> 60;
      case "hours" -> 3600;
      case "days" -> 86400;
      case "weeks" -> 604800;
      case "months" -> 2592000;
      case "quarters" -> 7862400;
      case "years" -> 31536000;
      default -> throw new IllegalArgumentException(unit);
    };
  }

  @ParameterizedTest
  @CsvSource({"25 kb/s, 25000", "25 k/s, 25600", "1 mb/s, 1000000", "1 m/s, 1048576", "100, 100"})
  void speeds(String text, long bytesPerSecond) {
    assertThat(BareosUnits.bytesPerSecond(text)).hasValue(bytesPerSecond);
  }
}
