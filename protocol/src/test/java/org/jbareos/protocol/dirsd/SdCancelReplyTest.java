package org.jbareos.protocol.dirsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jbareos.net.ProtocolException;
import org.junit.jupiter.api.Test;

class SdCancelReplyTest {

  @Test
  void bothAnswers() throws ProtocolException {
    SdCancelReply canceled = new SdCancelReply(7, "copy-full.2026-11-22_02.09.59_12", true);
    assertThat(canceled.wireText())
        .isEqualTo("3000 JobId=7 Job=\"copy-full.2026-11-22_02.09.59_12\" marked to be canceled.\n");
    assertThat(SdCancelReply.parse(canceled.wireText())).isEqualTo(canceled);
    SdCancelReply unknown = new SdCancelReply(0, "nojob", false);
    assertThat(unknown.wireText()).isEqualTo("3904 Job nojob not found.\n");
    assertThat(SdCancelReply.parse(unknown.wireText())).isEqualTo(unknown);
    assertThatThrownBy(() -> SdCancelReply.parse("3000 JobId=7 Job=\"x marked to be canceled.\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("closing quote");
    assertThatThrownBy(() -> SdCancelReply.parse("3903 Error scanning cancel command.\n"))
        .isInstanceOf(ProtocolException.class);
  }
}
