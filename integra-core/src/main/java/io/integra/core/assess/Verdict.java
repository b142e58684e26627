package io.integra.core.assess;

import io.integra.core.formula.Membership;
import java.util.List;

/**
 * What the lens concludes about the case at the date (rules in {@link VerdictRule}).
 *
 * @param label            none, transition, pluralistic or amalgamated (security-community
 *                         lenses); explained, not-explained or transition (intergovernmental lens);
 *                         undetermined (either kind) when the evidence cannot decide; null for
 *                         other lens kinds
 * @param coupling         tight, loose, or null (not a community, or undetermined)
 * @param readiness        the amalgamation-readiness outcome (all essential conditions), or null
 *                         when the lens has none
 * @param commonGovernment ids of institutions that are a common government at the date
 * @param reasons          the steps of the rule that decided, in words
 */
public record Verdict(VerdictLabel label, Coupling coupling, Membership readiness, List<String> commonGovernment,
                      List<String> reasons) {
  public Verdict {
    commonGovernment = List.copyOf(commonGovernment);
    reasons = List.copyOf(reasons);
  }
}
