package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The writeback starts after every INTERVAL bytes, and a failed one fails the volume's close. */
class BackgroundWritebackTest {

  @Test
  void startsAWritebackAfterEveryIntervalOfBytes() throws Exception {
    AtomicInteger syncs = new AtomicInteger();
    BackgroundWriteback writeback = new BackgroundWriteback(syncs::incrementAndGet);
    writeback.written(BackgroundWriteback.INTERVAL - 1);
    writeback.await();
    assertThat(syncs.get()).isZero();
    writeback.written(1);
    writeback.await();
    assertThat(syncs.get()).isEqualTo(1);
    writeback.written(BackgroundWriteback.INTERVAL);
    writeback.await();
    assertThat(syncs.get()).isEqualTo(2);
  }

  @Test
  void aFailedWritebackIsReported() throws Exception {
    BackgroundWriteback writeback = new BackgroundWriteback(() -> {
      throw new IOException("EIO");
    });
    writeback.written(BackgroundWriteback.INTERVAL);
    assertThatThrownBy(writeback::await).isInstanceOf(IOException.class)
        .hasMessage("writing the volume out to the disk failed: EIO");
    writeback.await(); // reported once
  }
}
