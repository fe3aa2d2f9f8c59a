package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** The PSK identity layout {@code R_TYPE<0x1E>name} (PROTOCOL.md §3.2, {@code lib/global_resource.h}). */
class PskIdentityTest {

  @Test
  void directorIdentityHasTheRecordSeparator() {
    assertThat(PskIdentity.director("bareos-dir").toBytes())
        .isEqualTo("R_DIRECTOR\u001ebareos-dir".getBytes(StandardCharsets.US_ASCII));
    assertThat(PskIdentity.client("bareos-fd").toBytes())
        .isEqualTo("R_CLIENT\u001ebareos-fd".getBytes(StandardCharsets.US_ASCII));
    assertThat(PskIdentity.console("*UserAgent*").toBytes())
        .isEqualTo("R_CONSOLE\u001e*UserAgent*".getBytes(StandardCharsets.US_ASCII));
    assertThat(PskIdentity.job("backup-bareos-fd.2026-11-22_03.04.05_06").toBytes())
        .isEqualTo("R_JOB\u001ebackup-bareos-fd.2026-11-22_03.04.05_06".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void parseReadsTypeUpToTheFirstSeparatorAndNameUpToTheNext() {
    assertThat(PskIdentity.parse("R_STORAGE\u001eFile".getBytes(StandardCharsets.US_ASCII)))
        .contains(new PskIdentity(PskIdentity.STORAGE, "File"));
    assertThat(PskIdentity.parse("R_CLIENT\u001ebareos-fd\u001etrailing".getBytes(StandardCharsets.US_ASCII)))
        .contains(PskIdentity.client("bareos-fd"));
  }

  @Test
  void parseRefusesWhatBareosCannotParse() {
    assertThat(PskIdentity.parse("bareos-dir".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(PskIdentity.parse("R_NOSUCH\u001ex".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(PskIdentity.parse("R_DIRECTOR\u001e".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(PskIdentity.parse(new byte[0])).isEmpty();
  }

  @Test
  void constructorRefusesNamesThatWouldNotRoundTrip() {
    assertThatThrownBy(() -> PskIdentity.director("a\u001eb")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PskIdentity.director("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PskIdentity("DIRECTOR", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readableFormShowsTheSeparatorAsSpace() {
    assertThat(PskIdentity.director("bareos-dir")).hasToString("R_DIRECTOR bareos-dir");
    assertThat(PskIdentity.readable("R_DIRECTOR\u001ebareos-dir".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("R_DIRECTOR bareos-dir");
  }

  @Property
  void toBytesAndParseRoundTrip(@ForAll @AlphaChars @NumericChars @Chars({'-', '.', '_', ':', '*', ' '})
      @StringLength(min = 1, max = 127) String name) {
    PskIdentity identity = PskIdentity.job(name);
    assertThat(PskIdentity.parse(identity.toBytes())).contains(identity);
  }
}
