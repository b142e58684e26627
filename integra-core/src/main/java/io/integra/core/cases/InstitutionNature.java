package io.integra.core.cases;

import io.integra.core.vocabulary.Term;

/** Whether an institution stands above its member states or between them (thesis §4.4.1); spelled {@link #id()}. */
public enum InstitutionNature implements Term {
  /** Decides above the member states (counts towards the political dimension's supranational share). */
  SUPRANATIONAL,
  /** Decides by agreement among the member states. */
  INTERGOVERNMENTAL;

  /** The nature spelled {@code id}; null for null (not given, in a scenario); an unknown spelling is an error. */
  public static InstitutionNature of(String id) { return Term.of(InstitutionNature.class, id); }

  @Override public String toString() { return id(); }
}
