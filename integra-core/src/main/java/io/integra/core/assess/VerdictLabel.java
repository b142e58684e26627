package io.integra.core.assess;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The verdict a lens gives at a date (rules in {@link VerdictRule}), spelled in files and JSON
 * as {@link #id()}. A lens kind without a verdict rule gives no label (null), not a constant here.
 */
public enum VerdictLabel {
  /** Security community: no community (fewer than two members, or pluralistic below the band). */
  NONE("none"),
  /** Either kind: the deciding outcome lies in the band around 0.5, "a zone of transition" (thesis §3.1). */
  TRANSITION("transition"),
  /** Security community: a pluralistic community (thesis §3.1). */
  PLURALISTIC("pluralistic"),
  /** Security community: pluralistic, ready for amalgamation, under a common government (thesis §3.1). */
  AMALGAMATED("amalgamated"),
  /** Intergovernmental lens: Liberal Intergovernmentalism explains the case (thesis §3.3). */
  EXPLAINED("explained"),
  /** Intergovernmental lens: it does not. */
  NOT_EXPLAINED("not-explained"),
  /** Either kind: the deciding outcome's interval admits more than one verdict; the evidence cannot decide. */
  UNDETERMINED("undetermined");

  private final String id;

  VerdictLabel(String id) { this.id = id; }

  /** The spelling in JSON, CSV, text and HTML. */
  public String id() { return id; }

  /** The external spelling, {@link #id()}: text that concatenates or formats it reads as in files and JSON. */
  @Override public String toString() { return id; }

  /** The label spelled {@code id}, if any. */
  public static Optional<VerdictLabel> byId(String id) { return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst(); }

  /** The label spelled {@code id}; null for null (no verdict rule); an unknown spelling is an error. */
  public static VerdictLabel of(String id) {
    if (id == null) return null;
    return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown verdict '" + id + "'; expected one of " + ids()));
  }

  /** Every spelling, in declaration order (the JSON enum of the API). */
  public static List<String> ids() { return Arrays.stream(values()).map(VerdictLabel::id).toList(); }

  /** The spelling of a label that may be null (no verdict rule): its id, or null. */
  public static String idOf(VerdictLabel label) { return label == null ? null : label.id; }

  /** Whether the verdict holds whatever the uncoded criteria are: every label but {@link #UNDETERMINED}. */
  public boolean settled() { return this != UNDETERMINED; }
}
