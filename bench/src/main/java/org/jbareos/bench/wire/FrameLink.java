package org.jbareos.bench.wire;

import java.io.Closeable;
import java.io.IOException;

/** One end of a loopback link that moves BSOCK frames: our layer, or the raw-socket baseline. */
interface FrameLink extends Closeable {

  void send(byte[] payload) throws IOException;

  /** The next message's payload; a signal or end of stream ends the link with an IOException. */
  byte[] receive() throws IOException;
}
