package io.integra.core.assess;

import io.integra.core.formula.Membership;
import java.util.List;

/**
 * What the lens concludes about the case at the date (rules in {@link VerdictRule}).
 *
 * @param label            {@code none}, {@code transition}, {@code pluralistic} or
 *                         {@code amalgamated} (security-community lenses); {@code explained},
 *                         {@code not-explained} or {@code transition} (intergovernmental lens);
 *                         {@code undetermined} (either kind) when the evidence cannot decide;
 *                         null for other lens kinds
 * @param coupling         {@code tight}, {@code loose}, or null (not a community, or undetermined)
 * @param readiness        the amalgamation-readiness outcome (all essential conditions), or null
 *                         when the lens has none
 * @param commonGovernment ids of institutions that are a common government at the date
 * @param reasons          the steps of the rule that decided, in words
 */
public record Verdict(String label, String coupling, Membership readiness, List<String> commonGovernment,
                      List<String> reasons) {
  public Verdict {
    commonGovernment = List.copyOf(commonGovernment);
    reasons = List.copyOf(reasons);
  }
}
