package io.integra.core.assess;

import io.integra.core.formula.Membership;
import java.util.List;

/**
 * Weberian divergence of the case from the ideal type (thesis §2.2), computed by
 * {@link IdealTypeDivergence}.
 *
 * @param counted     the criterion roles that count towards the fit
 * @param fit         fuzzy AND (minimum) of the counted criteria's memberships: the case is as
 *                    close to the ideal type as its weakest condition
 * @param meanGap     mean of their gaps {@code 1 - membership}
 * @param gaps        every counted criterion, in lens order (its {@link CriterionResult#gap()})
 * @param holdingBack the counted criteria with the largest known gaps (largest first, at most
 *                    {@link IdealTypeDivergence#HOLDING_BACK}), each with its evidence
 */
public record IdealTypeFit(List<String> counted, Membership fit, Membership meanGap, List<CriterionResult> gaps,
                           List<CriterionResult> holdingBack) {
  public IdealTypeFit {
    counted = List.copyOf(counted);
    gaps = List.copyOf(gaps);
    holdingBack = List.copyOf(holdingBack);
  }
}
