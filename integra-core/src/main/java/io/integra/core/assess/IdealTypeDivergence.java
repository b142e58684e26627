package io.integra.core.assess;

import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Role;
import io.integra.core.formula.Membership;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Weberian divergence from the ideal type (thesis §2.2): each criterion's gap to full membership,
 * the fit as fuzzy AND of the counted criteria, and the mean gap.
 *
 * <p><b>Which criteria count.</b> The criteria that make up the ideal type: for
 * security-community lenses the essential conditions (roles {@code essential-amalgamated},
 * {@code essential-pluralistic}, thesis §4.5.1, §3.1), the additional useful conditions
 * ({@code additional}, §4.5.2) and the capabilities ({@code capability}, §3.1); for the
 * intergovernmental lens the stages and conditions of LI ({@code li-stage}, {@code li-condition},
 * §3.3). For other lens kinds, every criterion that is not disintegrative.
 *
 * <p>Not counted: disintegrative conditions (§3.1) — the ideal type is defined by what
 * integrates, and counting "1 - disintegration" would let the absence of trouble make up for the
 * absence of the conditions; they are reported in the {@link Disintegration} watch instead.
 * Helpful-but-not-essential conditions (§3.1) and coupling (§4.2) are not part of the ideal type
 * either: they describe the kind of community, not how close it is.
 *
 * <p>Unknown stays unknown: AND and mean over intervals are taken on the bounds (both monotone),
 * so the fit of a case with an uncoded essential condition is an interval.
 */
public final class IdealTypeDivergence {
  /** How many criteria {@link IdealTypeFit#holdingBack()} lists at most. */
  public static final int HOLDING_BACK = 3;

  private static final Set<Role> SECURITY = Set.of(Role.ESSENTIAL_AMALGAMATED, Role.ESSENTIAL_PLURALISTIC, Role.ADDITIONAL, Role.CAPABILITY);
  private static final Set<Role> LI = Set.of(Role.LI_STAGE, Role.LI_CONDITION);

  private IdealTypeDivergence() { }

  /** The roles that count for {@code lens} (empty set: every criterion that is not disintegrative). */
  public static List<Role> countedRoles(Lens lens) {
    Set<Role> roles = switch (lens.kind()) {
      case SECURITY_COMMUNITY -> SECURITY;
      case INTERGOVERNMENTAL -> LI;
      case OTHER -> Set.<Role>of();
    };
    return roles.stream().sorted(Comparator.comparingInt(Role::ordinal)).toList();
  }

  public static IdealTypeFit of(Lens lens, List<CriterionResult> criteria) {
    List<Role> roles = countedRoles(lens);
    List<CriterionResult> counted = criteria.stream()
        .filter(c -> roles.isEmpty() ? !c.has(Role.DISINTEGRATIVE) : roles.stream().anyMatch(c::has)).toList();
    if (counted.isEmpty()) {
      return new IdealTypeFit(roles.stream().map(Role::id).toList(), Membership.UNKNOWN, Membership.UNKNOWN, List.of(), List.of());
    }
    double fitLo = 1, fitHi = 1, gapLo = 0, gapHi = 0;
    for (CriterionResult c : counted) {
      fitLo = Math.min(fitLo, c.membership().low());
      fitHi = Math.min(fitHi, c.membership().high());
      gapLo += c.gap().low();
      gapHi += c.gap().high();
    }
    int n = counted.size();
    List<CriterionResult> back = counted.stream()
        .filter(c -> c.membership().isKnown() && c.gap().low() > 0)
        .sorted(Comparator.comparingDouble((CriterionResult c) -> -c.gap().low()))
        .limit(HOLDING_BACK).toList();
    return new IdealTypeFit(roles.stream().map(Role::id).toList(), new Membership(fitLo, fitHi),
        new Membership(clamp(gapLo / n), clamp(Math.max(gapLo / n, gapHi / n))), counted, back);
  }

  private static double clamp(double x) { return Math.max(0, Math.min(1, x)); }
}
