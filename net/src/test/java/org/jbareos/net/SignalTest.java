package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignalTest {

  @Test
  void all28SignalsInHeaderOrder() {
    Signal[] all = Signal.values();
    assertThat(all).hasSize(28);
    for (int i = 0; i < all.length; i++) {
      assertThat(all[i].value()).isEqualTo(-(i + 1));
      assertThat(Signal.of(-(i + 1))).hasValue(all[i]);
      assertThat(all[i].bareosName()).isEqualTo("BNET_" + all[i].name().replace("OBSOLETE_", "xxxxxx"));
    }
    assertThat(Signal.of(0)).isEmpty();
    assertThat(Signal.of(-29)).isEmpty();
    assertThat(Signal.of(Integer.MIN_VALUE)).isEmpty();
    assertThat(Signal.nameOf(-29)).isEqualTo("Unknown sig -29");
    assertThat(Arrays.stream(all).map(Signal::description).distinct()).hasSize(28);
  }

  @Test
  void descriptionsAreBnetCcsIncludingTrailingSpaces() {
    assertThat(Signal.EOD.description()).isEqualTo("End of data stream, new data may follow");
    assertThat(Signal.STATUS.description()).isEqualTo("Send full status");
    assertThat(Signal.TERMINATE.description()).isEqualTo("Conversation terminated, doing close() ");
    assertThat(Signal.POLL.description()).isEqualTo("Poll request, I'm hanging on a read ");
    assertThat(Signal.OBSOLETE_PROMPT.bareosName()).isEqualTo("BNET_xxxxxxPROMPT");
    assertThat(Signal.TEXT_INPUT.description()).isEqualTo("Get text input from user ");
  }
}
