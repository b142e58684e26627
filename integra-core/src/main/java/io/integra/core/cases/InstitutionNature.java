package io.integra.core.cases;

import java.util.Arrays;
import java.util.Optional;

/** Whether an institution stands above its member states or between them (thesis §4.4.1). */
public enum InstitutionNature {
  /** Decides above the member states (counts towards the political dimension's supranational share). */
  SUPRANATIONAL("supranational"),
  /** Decides by agreement among the member states. */
  INTERGOVERNMENTAL("intergovernmental");

  private final String id;

  InstitutionNature(String id) { this.id = id; }

  /** The spelling in case files and JSON. */
  public String id() { return id; }

  /** The external spelling, {@link #id()}: text that concatenates or formats it reads as in files and JSON. */
  @Override public String toString() { return id; }

  /** The nature spelled {@code id}, if any (readers report an unknown one at its file:line:column). */
  public static Optional<InstitutionNature> byId(String id) { return Arrays.stream(values()).filter(n -> n.id.equals(id)).findFirst(); }

  /** The nature spelled {@code id}; null for null (not given); an unknown spelling is an error. */
  public static InstitutionNature of(String id) {
    if (id == null) return null;
    return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown nature '" + id + "'; expected supranational or intergovernmental"));
  }

  /** The spelling of a nature that may be null: its id, or null. */
  public static String idOf(InstitutionNature n) { return n == null ? null : n.id; }
}
