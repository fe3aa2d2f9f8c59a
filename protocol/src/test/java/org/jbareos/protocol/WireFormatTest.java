package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jbareos.net.ProtocolException;
import org.junit.jupiter.api.Test;

/** bsscanf's rules (lib/scan.cc, PROTOCOL.md §11) as WireFormat implements them. */
class WireFormatTest {
  private static final WireFormat STATUS = WireFormat.of("Status", "Status Job=%127s JobStatus=%d\n");

  @Test
  void formatPrintsLiteralsAndFieldsExactly() {
    assertThat(STATUS.format("job.1", 82)).isEqualTo("Status Job=job.1 JobStatus=82\n");
    assertThat(WireFormat.of("x", "100%% %c %lld").format('a', -5L)).isEqualTo("100% a -5");
  }

  @Test
  void whitespaceInTheFormatMatchesZeroOrMoreWhitespace() throws ProtocolException {
    assertThat(STATUS.scan("Status Job=j JobStatus=70").number(1)).isEqualTo(70);
    assertThat(STATUS.scan("Status Job=j \n\t JobStatus=70\n").text(0)).isEqualTo("j");
    // %s takes the whole word, so the literal after it finds nothing
    assertThatThrownBy(() -> STATUS.scan("Status Job=jJobStatus=70")).isInstanceOf(ProtocolException.class);
  }

  @Test
  void inputAfterTheFormatIsIgnored() throws ProtocolException {
    assertThat(STATUS.scan("Status Job=j JobStatus=70 and more").number(1)).isEqualTo(70);
  }

  @Test
  void wordsStopAtWhitespaceAndAtTheWidth() throws ProtocolException {
    WireFormat two = WireFormat.of("w", "%3s%s");
    WireFormat.Fields f = two.scan("abcdef ghi");
    assertThat(f.text(0)).isEqualTo("abc");
    assertThat(f.text(1)).isEqualTo("def");
    assertThat(WireFormat.of("w", "a=%s b=%s").scan("a= b=x").text(0)).isEmpty();
  }

  @Test
  void signedAndUnsignedNumbers() throws ProtocolException {
    WireFormat numbers = WireFormat.of("n", "%d %u %lld");
    WireFormat.Fields f = numbers.scan("-12 34 9223372036854775807");
    assertThat(f.number(0)).isEqualTo(-12);
    assertThat(f.number(1)).isEqualTo(34);
    assertThat(f.number(2)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void literalMismatchNamesTheMessageAndWhatWasExpected() {
    assertThatThrownBy(() -> STATUS.scan("Stat Job=j JobStatus=1"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("Status: expected 'us'")
        .hasMessageContaining("offset 4");
    assertThatThrownBy(() -> STATUS.scan("Status Job=j"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("expected 'JobStatus='");
  }

  @Test
  void numberWithoutDigitsIsRejectedNamingTheField() {
    assertThatThrownBy(() -> STATUS.scan("Status Job=j JobStatus=R\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("expected a number for JobStatus=");
  }

  @Test
  void formatChecksTheNumberOfValues() {
    assertThatThrownBy(() -> STATUS.format("only one")).isInstanceOf(IllegalArgumentException.class);
  }
}
