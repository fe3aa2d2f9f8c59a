package org.jbareos.client;

import java.io.IOException;
import org.jbareos.net.Signal;

/**
 * {@link DirectorConsole#receive()} read a signal where it expected a message (python-bareos's {@code
 * SignalReceivedException}, raised by {@code recv()}). The message is the signal's Bareos description and value,
 * as python shows it: {@code End of data stream, new data may follow  (-1)}.
 */
public class SignalReceivedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int signal;

  public SignalReceivedException(int signal) {
    super(Signal.describe(signal) + " (" + signal + ")");
    this.signal = signal;
  }

  /** The raw signal value (negative frame header, PROTOCOL.md §1.1). */
  public int signal() {
    return signal;
  }

  /** True if the signal is {@code expected}. */
  public boolean is(Signal expected) {
    return signal == expected.value();
  }
}
