package org.jbareos.net.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing and options of a CRAM-MD5 exchange (PROTOCOL.md §1.4).
 *
 * @param failureDelay how long to wait after a failed step, before the error is reported; Bareos sleeps {@code
 *     sleep_time_after_authentication_error} = 5 s to slow down password guessing. Tests use zero.
 * @param responseTimeout how long to wait for each challenge, response or verdict ({@code WaitData(180)})
 * @param sendQualifiedName append {@code qualified-name=<own name>} to our challenge, as Bareos does when its network
 *     dump is on
 */
public record CramSettings(Duration failureDelay, Duration responseTimeout, boolean sendQualifiedName) {
  /** Bareos' defaults: 5 s after a failure, 180 s per wait, no qualified name. */
  public static final CramSettings DEFAULT = new CramSettings(Duration.ofSeconds(5), Duration.ofSeconds(180), false);

  public CramSettings {
    Objects.requireNonNull(failureDelay, "failureDelay");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (failureDelay.isNegative() || responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("delays must not be negative and the timeout positive");
    }
  }

  public CramSettings withFailureDelay(Duration delay) {
    return new CramSettings(delay, responseTimeout, sendQualifiedName);
  }

  public CramSettings withResponseTimeout(Duration timeout) {
    return new CramSettings(failureDelay, timeout, sendQualifiedName);
  }

  public CramSettings withQualifiedName(boolean send) {
    return new CramSettings(failureDelay, responseTimeout, send);
  }

  /**
   * Waits {@link #failureDelay()} before a failure is reported. An interrupt ends the wait early and stays set on
   * the thread; the authentication failure that follows is what the caller sees.
   */
  void pauseAfterFailure() {
    if (failureDelay.isZero()) {
      return;
    }
    try {
      Thread.sleep(failureDelay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
