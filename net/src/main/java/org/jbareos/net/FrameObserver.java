package org.jbareos.net;

import java.io.IOException;

/**
 * Sees every frame a {@link FrameWriter} puts on the wire, after it was written; the network trace is one.
 * Called under the writer's lock, so frames arrive in wire order.
 */
@FunctionalInterface
public interface FrameObserver {

  /**
   * @param header the frame header: the payload length, or the signal value
   * @param payload the array holding the payload (do not keep it; it may be reused)
   * @param offset where the payload starts in {@code payload}
   * @param length the payload length (0 for a signal)
   * @throws IOException if the observer cannot record the frame (e.g. the trace file); the send reports it
   */
  void frameSent(int header, byte[] payload, int offset, int length) throws IOException;
}
