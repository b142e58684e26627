package io.integra.core.assess;

import io.integra.core.vocabulary.Term;

/**
 * How tightly a pluralistic or amalgamated community is coupled (thesis §4.2), read from the
 * outcome with role {@code coupling} ({@link VerdictRule}); spelled {@link #id()} in files and
 * JSON, and "tightly coupled" in text is {@code id() + "ly coupled"}.
 */
public enum Coupling implements Term {
  /** The coupling outcome holds (lower bound at least 0.5). */
  TIGHT,
  /** The coupling outcome fails (upper bound below 0.5). */
  LOOSE;

  /** The coupling spelled {@code id}; null for null (undetermined); an unknown spelling is an error. */
  public static Coupling of(String id) { return Term.of(Coupling.class, id); }

  @Override public String toString() { return id(); }
}
