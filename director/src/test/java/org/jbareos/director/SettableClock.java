package org.jbareos.director;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves: the recorded Director's times (daemon start, console connect) become ours. */
final class SettableClock extends Clock {
  private volatile Instant now;

  SettableClock(LocalDateTime start) {
    set(start);
  }

  void set(LocalDateTime time) {
    now = time.toInstant(ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
