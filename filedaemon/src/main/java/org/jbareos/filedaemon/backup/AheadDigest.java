package org.jbareos.filedaemon.backup;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbareos.filedaemon.walk.FoundFile;

/**
 * One file's digest as {@link DigestAhead} computes it before the file is sent: for each chunk the worker read, its
 * length, its CRC32C and the digest state after it. The sender checks each chunk it sends against these ({@link
 * #matches}) and, at the first chunk that differs or that the worker has not reached yet, {@linkplain #claim claims}
 * the file: it gets the digest state before that chunk and digests the rest itself, and the worker stops. So the
 * digest sent is always that of the bytes sent, even when the file changed between the two reads.
 *
 * <p>The worker stays at most {@link #MAX_LEAD} chunks ahead of the chunks the sender checked, which bounds the
 * states kept (an MD5 state is about 200 bytes).
 */
final class AheadDigest {

  /** 4,096 chunks of 256 KiB: 1 GiB ahead at most. */
  static final int MAX_LEAD = 4096;

  private final FoundFile file;
  /** {@code states.get(i)}: the digest of chunks 0 to i-1; null once the sender is past chunk i. */
  private final List<MessageDigest> states = new ArrayList<>();
  private int[] crcs = new int[64];
  private int[] lengths = new int[64];
  private int published; // guarded by this
  private int checked; // guarded by this: chunks the sender found equal
  private boolean claimed; // guarded by this

  AheadDigest(FoundFile file, MessageDigest initial) {
    this.file = file;
    states.add(initial);
  }

  FoundFile file() {
    return file;
  }

  // ---- the worker's side

  /**
   * A copy of the state after the chunks published so far, for the worker to go on from; null when the sender took
   * the file over already.
   */
  synchronized MessageDigest lastState() {
    return claimed ? null : Digests.copy(states.get(published));
  }

  /**
   * Waits until the worker may read another chunk.
   *
   * @return false when the sender claimed the file (or the session ends): the worker stops
   */
  synchronized boolean awaitRoom() throws InterruptedException {
    while (!claimed && published - checked >= MAX_LEAD) {
      wait();
    }
    return !claimed;
  }

  /**
   * Publishes the next chunk: its length, CRC32C and the digest state after it.
   *
   * @return false when the sender claimed the file meanwhile: the worker stops
   */
  synchronized boolean publish(int crc, int length, MessageDigest after) {
    if (claimed) {
      return false;
    }
    if (published == crcs.length) {
      crcs = Arrays.copyOf(crcs, published * 2);
      lengths = Arrays.copyOf(lengths, published * 2);
    }
    crcs[published] = crc;
    lengths[published] = length;
    states.add(after);
    published++;
    return true;
  }

  // ---- the sender's side

  /** How many chunks the sender found equal to the worker's so far. */
  synchronized int checked() {
    return checked;
  }

  /** True when the worker read chunk {@code index} with this length and CRC32C; the sender is then past it. */
  synchronized boolean matches(int index, int crc, int length) {
    if (claimed || index >= published || crcs[index] != crc || lengths[index] != length) {
      return false;
    }
    states.set(index, null);
    checked = index + 1;
    notifyAll();
    return true;
  }

  /**
   * Takes the file over before chunk {@code index} (at most the number published): the worker stops, the sender gets
   * the digest of chunks 0 to {@code index - 1} to go on with.
   */
  synchronized MessageDigest claim(int index) {
    if (claimed) {
      throw new IllegalStateException("the digest of " + file.fname() + " was already taken over");
    }
    if (index > published) {
      throw new IllegalStateException("chunk " + index + " of " + file.fname() + " is past the " + published
          + " digested ahead");
    }
    claimed = true;
    notifyAll();
    MessageDigest state = states.get(index);
    states.clear();
    return state;
  }

  /** Stops the worker on this file (the session ends). */
  synchronized void cancel() {
    claimed = true;
    notifyAll();
  }
}
