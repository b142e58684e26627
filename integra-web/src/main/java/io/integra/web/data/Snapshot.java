package io.integra.web.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.integra.core.cases.CaseBase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The data as they stood at one moment, with a memo of everything computed from them (views,
 * assessments). Never changed after it is built; a write makes a new one, so memoised results can
 * never be stale.
 *
 * @param generation increases with every rebuild; used in ETags
 * @param memo       computed values by key, bounded (dates are free input, so keys are unbounded):
 *                   Caffeine evicts the least useful entries (W-TinyLFU) instead of refusing new ones
 * @param clock      the workbench's clock: "today" of every page and API default ({@link #today()})
 */
public record Snapshot(long generation, CaseBase base, Cache<Object, Object> memo, Clock clock) {
  /** Bound on memoised entries per snapshot. */
  static final int MAX_MEMO = 20_000;

  public Snapshot(long generation, CaseBase base) {
    this(generation, base, Clock.systemDefaultZone());
  }

  public Snapshot(long generation, CaseBase base, Clock clock) {
    this(generation, base, Caffeine.newBuilder().maximumSize(MAX_MEMO).build(), clock);
  }

  public Snapshot(long generation, CaseBase base, Cache<Object, Object> memo) {
    this(generation, base, memo, Clock.systemDefaultZone());
  }

  /** Today by the workbench's clock. */
  public LocalDate today() { return LocalDate.now(clock); }

  /**
   * The value for {@code key}, computed once per snapshot while it stays cached. Not
   * {@code Cache.get(key, fn)}: a computation here may memo other keys (a comparison memoises its
   * assessments), and a cache's atomic compute must not recurse into the same map.
   */
  @SuppressWarnings("unchecked")
  public <K, V> V memo(K key, Function<K, V> compute) {
    Object v = memo.getIfPresent(key);
    if (v != null) return (V) v;
    V computed = compute.apply(key);
    if (computed != null) memo.put(key, computed);
    return computed;
  }
}
