package io.integra.core.assess;

import io.integra.core.vocabulary.Term;
import java.util.List;

/**
 * The verdict a lens gives at a date (rules in {@link VerdictRule}), spelled in files and JSON
 * as {@link #id()} ({@code not-explained} for {@link #NOT_EXPLAINED}). A lens kind without a
 * verdict rule gives no label (null), not a constant here.
 */
public enum VerdictLabel implements Term {
  /** Security community: no community (fewer than two members, or pluralistic below the band). */
  NONE,
  /** Either kind: the deciding outcome lies in the band around 0.5, "a zone of transition" (thesis §3.1). */
  TRANSITION,
  /** Security community: a pluralistic community (thesis §3.1). */
  PLURALISTIC,
  /** Security community: pluralistic, ready for amalgamation, under a common government (thesis §3.1). */
  AMALGAMATED,
  /** Intergovernmental lens: Liberal Intergovernmentalism explains the case (thesis §3.3). */
  EXPLAINED,
  /** Intergovernmental lens: it does not. */
  NOT_EXPLAINED,
  /** Either kind: the deciding outcome's interval admits more than one verdict; the evidence cannot decide. */
  UNDETERMINED;

  /** Whether the verdict holds whatever the uncoded criteria are: every label but {@link #UNDETERMINED}. */
  public boolean settled() { return this != UNDETERMINED; }

  /** The label spelled {@code id}; null for null (no verdict rule); an unknown spelling is an error. */
  public static VerdictLabel of(String id) { return Term.of(VerdictLabel.class, id); }

  /** Every spelling, in declaration order (the JSON enum of the API). */
  public static List<String> ids() { return Term.ids(VerdictLabel.class); }

  /** The spelling: concatenated or formatted text reads as in files and JSON. */
  @Override public String toString() { return id(); }
}
