package io.integra.storage.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that starts at a fixed instant and moves on by a fixed step each time it is
 * read, so that successive changes get distinct, known times without waiting.
 */
final class TickingClock extends Clock {
  private Instant next;
  private final Duration step;

  TickingClock(Instant start, Duration step) {
    this.next = start;
    this.step = step;
  }

  @Override
  public synchronized Instant instant() {
    Instant now = next;
    next = next.plus(step);
    return now;
  }

  @Override
  public ZoneId getZone() { return ZoneOffset.UTC; }

  @Override
  public Clock withZone(ZoneId zone) { throw new UnsupportedOperationException("a test clock in UTC"); }
}
