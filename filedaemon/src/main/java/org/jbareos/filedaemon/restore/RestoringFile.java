package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.jbareos.protocol.attributes.AttributeRecord;

/**
 * The file a restore is working on: from its attribute record until the next one ({@code rctx} in {@code
 * filed/restore.cc}). Data records are written at the file address they carry (sparse) or one after another; a
 * sparse record is written with a positioned write, so the skipped blocks stay holes.
 */
final class RestoringFile {

  final AttributeRecord attributes;
  final Path output;
  final WrittenExtents written = new WrittenExtents();
  private FileChannel channel;
  private long fileAddr;
  private boolean failed;

  RestoringFile(AttributeRecord attributes, Path output, FileChannel channel) {
    this.attributes = attributes;
    this.output = output;
    this.channel = channel;
  }

  /** True while data is expected and nothing went wrong. */
  boolean extracting() {
    return channel != null && !failed;
  }

  /** True while the file is open for data (even after a failure). */
  boolean hasChannel() {
    return channel != null;
  }

  /** Marks the file as failed: later data records for it are dropped. */
  void fail() {
    failed = true;
  }

  boolean failed() {
    return failed;
  }

  /**
   * Writes a chunk at the given address (sparse records, a positioned write), or after the previous one when {@code
   * address} is negative (a sequential write, which also works on a FIFO).
   */
  void write(byte[] data, long address) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(data);
    if (address >= 0) {
      fileAddr = address;
      long at = address;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
    } else {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
    written.add(fileAddr, data.length);
    fileAddr += data.length;
  }

  /** Closes the data channel; returns the file's size on disk, or -1 when there was no channel. */
  long close() throws IOException {
    if (channel == null) {
      return -1;
    }
    FileChannel open = channel;
    channel = null;
    long size = open.size();
    open.close();
    return size;
  }
}
