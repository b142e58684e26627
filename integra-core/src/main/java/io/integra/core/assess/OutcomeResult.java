package io.integra.core.assess;

import io.integra.core.codebook.Outcome;
import io.integra.core.formula.Membership;

/**
 * An outcome of the lens (its codebook formula) evaluated at the date.
 *
 * @param outcome    the codebook's outcome (id, role, formula)
 * @param membership its value; an interval when it depends on unknown criteria
 */
public record OutcomeResult(Outcome outcome, Membership membership) {

  public String id() { return outcome.id(); }

  public String role() { return outcome.role(); }

  /** Signed distance from the 0.5 crossover ({@code x - 0.5}) when known, else null. */
  public Double distance() { return membership.isKnown() ? membership.low() - VerdictRule.CROSSOVER : null; }

  /** Whether the outcome holds for certain (lower bound at least 0.5). */
  public boolean holds() { return VerdictRule.holds(membership.low()); }

  /** Whether the outcome lies in the transition band around 0.5 (see {@link VerdictRule#BAND}). */
  public boolean inTransitionBand() { return VerdictRule.inBand(membership.low(), membership.high()); }

  /** {@code in} (holds), {@code out} (below 0.5 for certain) or {@code unknown} (interval across 0.5). */
  public String side() { return Timeline.side(membership); }
}
