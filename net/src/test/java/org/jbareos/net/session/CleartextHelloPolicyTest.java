package org.jbareos.net.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.hello.Hello;
import org.junit.jupiter.api.Test;

/** The branches of the seed's "Network startup activity" diagram for a cleartext hello. */
class CleartextHelloPolicyTest {

  private static Optional<String> refusal(String hello, TlsPolicy policy) throws ProtocolException {
    return CleartextHelloPolicy.refusal(Hello.parse(hello), policy);
  }

  @Test
  void clientIsClosedOnlyWhenItsResourceRequiresTls() throws ProtocolException {
    String hello = "Hello Client bareos-fd FdProtocolVersion=54 calling Version=\"26.0.0\"\n";
    assertThat(refusal(hello, TlsPolicy.REQUIRED)).get().asString().contains("requires TLS");
    assertThat(refusal(hello, TlsPolicy.ENABLED)).isEmpty();
    assertThat(refusal(hello, TlsPolicy.NONE)).isEmpty();
  }

  @Test
  void consolesOlderThan18_2AreServedInCleartext() throws ProtocolException {
    assertThat(refusal("Hello admin calling version 17.2.7\n", TlsPolicy.REQUIRED)).isEmpty();
    assertThat(refusal("Hello admin calling\n", TlsPolicy.REQUIRED)).isEmpty();
    assertThat(refusal("Hello *UserAgent* calling version 26.0.0~pre1298.eda204c31 Version=\"26.0.0\"\n",
        TlsPolicy.REQUIRED)).isPresent();
    assertThat(refusal("Hello *UserAgent* calling version 26.0.0~pre1298.eda204c31 Version=\"26.0.0\"\n",
        TlsPolicy.NONE)).isEmpty();
  }

  @Test
  void everyOtherPeerNeedsTlsNotConfigured() throws ProtocolException {
    String director = "Hello Director bareos-dir calling Version=\"26.0.0\"\n";
    assertThat(refusal(director, TlsPolicy.NONE)).isEmpty();
    assertThat(refusal(director, TlsPolicy.ENABLED)).get().asString().contains("TLS Enable = yes");
    assertThat(refusal(director, TlsPolicy.REQUIRED)).isPresent();
    assertThat(refusal("Hello Start Job backup.2026-11-22_02.09.08_03 Version=\"26.0.0\"\n", TlsPolicy.ENABLED))
        .isPresent();
  }

  @Test
  void cleartextGoesOnOnlyWhenNeitherSideAsksForTlsAfterAuthentication() {
    assertThat(TlsPolicy.cleartextAgreed(0, 0)).isTrue();
    assertThat(TlsPolicy.cleartextAgreed(0, 1)).isTrue();
    assertThat(TlsPolicy.cleartextAgreed(1, 0)).isTrue();
    assertThat(TlsPolicy.cleartextAgreed(1, 1)).isFalse();
    assertThat(TlsPolicy.cleartextAgreed(0, 2)).isFalse();
    assertThat(TlsPolicy.cleartextAgreed(2, 0)).isFalse();
    assertThat(TlsPolicy.of(true, true)).isEqualTo(TlsPolicy.REQUIRED);
    assertThat(TlsPolicy.of(true, false).wireValue()).isEqualTo(1);
    assertThat(TlsPolicy.of(false, true)).isEqualTo(TlsPolicy.NONE);
  }
}
