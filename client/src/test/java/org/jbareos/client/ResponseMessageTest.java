package org.jbareos.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseMessageTest {

  @Test
  void readsTheRecordSeparatorFormOfProtocol18() {
    ResponseMessage ok = ResponseMessage.parse(
        "1000\u001eOK: bareos-dir Version: 26.0.0~pre1298.eda204c31 (21 August 2026)").orElseThrow();
    assertThat(ok.id()).isEqualTo(ResponseMessage.OK);
    assertThat(ok.readable()).isEqualTo("1000 OK: bareos-dir Version: 26.0.0~pre1298.eda204c31 (21 August 2026)");
  }

  @Test
  void readsTheBlankFormOfTheOldProtocolAndDropsItsNewline() {
    ResponseMessage ok = ResponseMessage.parse(
        "1000 OK: bareos-dir Version: 26.0.0 (21 August 2026) --  Encryption: None\n").orElseThrow();
    assertThat(ok.id()).isEqualTo(1000);
    assertThat(ok.readableText()).isEqualTo("OK: bareos-dir Version: 26.0.0 (21 August 2026) --  Encryption: None");
  }

  @Test
  void keepsNewlinesInsideTheInfoText() {
    ResponseMessage info = ResponseMessage.parse("1002\u001eline one\nline two").orElseThrow();
    assertThat(info.id()).isEqualTo(ResponseMessage.INFO);
    assertThat(info.text()).isEqualTo("line one\nline two");
  }

  @Test
  void refusesTextWithoutAnId() {
    assertThat(ResponseMessage.parse("auth cram-md5 <1.2@x> ssl=0\n")).isEmpty();
    assertThat(ResponseMessage.parse("100 OK")).isEmpty();
  }

  @Test
  void pamCredentialsAreSeparatedByRecordSeparators() {
    assertThat(ResponseMessage.pamCredentials("user", "pw")).isEqualTo("4002\u001euser\u001epw");
  }
}
