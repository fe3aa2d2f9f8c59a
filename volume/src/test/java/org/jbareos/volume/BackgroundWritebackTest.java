package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The writeback starts after every INTERVAL bytes, and a failed one fails the volume's close. */
class BackgroundWritebackTest {

  @Test
  void startsAWritebackAfterEveryIntervalOfBytes() throws Exception {
    ForceCountingChannel channel = new ForceCountingChannel(null);
    BackgroundWriteback writeback = new BackgroundWriteback(channel);
    writeback.written(BackgroundWriteback.INTERVAL - 1);
    writeback.await();
    assertThat(channel.forces.get()).isZero();
    writeback.written(1);
    writeback.await();
    assertThat(channel.forces.get()).isEqualTo(1);
    writeback.written(BackgroundWriteback.INTERVAL);
    writeback.await();
    assertThat(channel.forces.get()).isEqualTo(2);
  }

  @Test
  void aFailedWritebackIsReported() throws Exception {
    BackgroundWriteback writeback = new BackgroundWriteback(new ForceCountingChannel(new IOException("EIO")));
    writeback.written(BackgroundWriteback.INTERVAL);
    assertThatThrownBy(writeback::await).isInstanceOf(IOException.class)
        .hasMessage("writing the volume out to the disk failed: EIO");
    writeback.await(); // reported once
  }

  /** Counts {@code force} calls, or fails them; nothing else is used. */
  private static final class ForceCountingChannel extends FileChannel {
    final AtomicInteger forces = new AtomicInteger();
    private final IOException failure;

    ForceCountingChannel(IOException failure) {
      this.failure = failure;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      forces.incrementAndGet();
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public int read(ByteBuffer dst) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileChannel position(long newPosition) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long size() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileChannel truncate(long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(ByteBuffer dst, long position) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src, long position) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void implCloseChannel() {}
  }
}
