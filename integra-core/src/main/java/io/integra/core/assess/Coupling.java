package io.integra.core.assess;

import java.util.Arrays;
import java.util.Optional;

/**
 * How tightly a pluralistic or amalgamated community is coupled (thesis §4.2), read from the
 * outcome with role {@code coupling} ({@link VerdictRule}); spelled {@link #id()} in files and JSON.
 */
public enum Coupling {
  /** The coupling outcome holds (lower bound at least 0.5). */
  TIGHT("tight"),
  /** The coupling outcome fails (upper bound below 0.5). */
  LOOSE("loose");

  private final String id;

  Coupling(String id) { this.id = id; }

  /** The spelling in JSON and text ("tightly coupled" is {@code id() + "ly coupled"}). */
  public String id() { return id; }

  /** The external spelling, {@link #id()}: text that concatenates or formats it reads as in files and JSON. */
  @Override public String toString() { return id; }

  /** The coupling spelled {@code id}; null for null (undetermined); an unknown spelling is an error. */
  public static Coupling of(String id) {
    if (id == null) return null;
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown coupling '" + id + "'; expected tight or loose"));
  }

  /** The spelling of a coupling that may be null (undetermined): its id, or null. */
  public static String idOf(Coupling c) { return c == null ? null : c.id; }

  /** The coupling spelled {@code id}, if any. */
  public static Optional<Coupling> byId(String id) { return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst(); }
}
