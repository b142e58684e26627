package io.integra.web.data;

import io.integra.core.cases.CaseBase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The data as they stood at one moment, with a memo of everything computed from them (views,
 * assessments). Never changed after it is built; a write makes a new one, so memoised results can
 * never be stale.
 *
 * @param generation increases with every rebuild; used in ETags
 */
public record Snapshot(long generation, CaseBase base, Map<Object, Object> memo) {
  /** Bound on memoised entries per snapshot (dates are free input, so keys are unbounded). */
  static final int MAX_MEMO = 20_000;

  public Snapshot(long generation, CaseBase base) { this(generation, base, new ConcurrentHashMap<>()); }

  /** The value for {@code key}, computed once per snapshot. */
  @SuppressWarnings("unchecked")
  public <K, V> V memo(K key, Function<K, V> compute) {
    Object v = memo.get(key);
    if (v != null) return (V) v;
    V computed = compute.apply(key);
    if (memo.size() < MAX_MEMO && computed != null) memo.putIfAbsent(key, computed);
    return computed;
  }
}
