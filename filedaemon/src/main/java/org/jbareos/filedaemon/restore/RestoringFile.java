package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.DigestAlgorithm;

/**
 * The file a restore is working on: from its attribute record until the next one ({@code rctx} in {@code
 * filed/restore.cc}). Data records are written at the file address they carry (sparse) or one after another; a
 * sparse record is written with a positioned write, so the skipped blocks stay holes. The written bytes also go, in
 * the order they came, into a running digest of the algorithm the session expects ({@link DigestPool}, on other
 * threads), so the digest record that follows is checked without reading the file back (the backup's digest covers
 * the same bytes, in the same order).
 */
final class RestoringFile {

  final AttributeRecord attributes;
  final Path output;
  final WrittenExtents written = new WrittenExtents();
  /** Writes, close and attributes on the {@link WriteBehind} thread (regular files; a FIFO is written here). */
  final boolean writesBehind;
  /** The running digest of the written bytes, or null when they are not digested. */
  private final DigestPool.FileDigest digest;
  private FileChannel channel;
  private long fileAddr;
  private boolean failed;
  private boolean digestRecord;
  /** Written on the {@link WriteBehind} thread: a write failed there, later writes are dropped. */
  private volatile boolean writeFailed;

  /**
   * A file to restore.
   *
   * @param channel the data channel, or null when the file gets no data
   * @param digest a new digest to compute over the written bytes, or null for none
   * @param writesBehind true when its writes, close and attributes go to the {@link WriteBehind} thread
   */
  RestoringFile(AttributeRecord attributes, Path output, FileChannel channel, DigestPool.FileDigest digest,
      boolean writesBehind) {
    this.writesBehind = writesBehind;
    this.attributes = attributes;
    this.output = output;
    this.channel = channel;
    this.digest = digest;
  }

  /** The algorithm of the running digest, or null when the written bytes are not digested. */
  DigestAlgorithm digestAlgorithm() {
    return digest == null ? null : digest.algorithm();
  }

  /** Compares the digest of the bytes written, in the order they came, with the backup's (later, on the pool). */
  void verify(byte[] backedUp) {
    digest.verify(output, backedUp);
  }

  /** True when data was written (a data record that was not empty). */
  boolean wroteData() {
    return !written.isEmpty();
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

  /** Notes that the file's digest record came (whether or not it could be checked). */
  void digestRecordCame() {
    digestRecord = true;
  }

  boolean hadDigestRecord() {
    return digestRecord;
  }

  /**
   * Writes a chunk at the given address (sparse records, a positioned write), or after the previous one when {@code
   * address} is negative (a sequential write, which also works on a FIFO). The digest keeps {@code data} until it
   * has digested it: it must not change afterwards.
   */
  void write(byte[] data, int offset, int length, long address) throws IOException {
    writeToChannel(data, offset, length, address);
    account(data, offset, length, address);
  }

  /**
   * The session's half of a write done by {@link #writeToChannel} on another thread: the chunk goes into the digest
   * and the written extents, in the order the chunks came.
   */
  void account(byte[] data, int offset, int length, long address) {
    if (address >= 0) {
      fileAddr = address;
    }
    if (digest != null) {
      digest.update(data, offset, length);
    }
    written.add(fileAddr, length);
    fileAddr += length;
  }

  /** Writes a chunk into the channel only (see {@link #write}). */
  void writeToChannel(byte[] data, int offset, int length, long address) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
    if (address >= 0) {
      long at = address;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
    } else {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  void writeFailed() {
    writeFailed = true;
  }

  boolean hasWriteFailed() {
    return writeFailed;
  }

  /** Closes the data channel, if any. */
  void close() throws IOException {
    if (channel == null) {
      return;
    }
    FileChannel open = channel;
    channel = null;
    open.close();
  }
}
