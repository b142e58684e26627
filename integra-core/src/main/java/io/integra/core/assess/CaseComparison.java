package io.integra.core.assess;

import io.integra.core.formula.Membership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares assessments of several cases through one lens at one date.
 *
 * <p><b>Ranking</b>: cases whose verdict is determined come first, undetermined ones after them
 * (the evidence cannot place them, so their fit is mostly the width of what is unknown); within
 * each group by ideal-type fit (fuzzy AND of the counted criteria, see
 * {@link IdealTypeDivergence}): highest certain fit (the lower bound of the interval) first; ties
 * — frequent on a four-value scale — broken by the smaller mean gap (midpoint of its interval),
 * then by case id. Ranking says how close each case comes to the ideal type, not how "good" it is
 * (thesis §2.2).
 *
 * <p><b>What separates</b> each case from the next in the ranking: the criteria known in both with
 * different memberships, largest absolute difference first, each with both sides' evidence; and
 * the criteria known in one and unknown in the other, which cannot be compared.
 */
public final class CaseComparison {
  /** How many differences a separation lists at most. */
  public static final int DIFFERENCES = 5;

  private CaseComparison() { }

  public static Comparison of(String lensId, LocalDate at, List<Assessment> assessments) {
    List<Assessment> ranked = new ArrayList<>(assessments);
    ranked.sort(Comparator.comparing((Assessment a) -> a.verdict().label() == VerdictLabel.UNDETERMINED)
        .thenComparingDouble((Assessment a) -> -a.idealType().fit().low())
        .thenComparingDouble(a -> mid(a.idealType().meanGap()))
        .thenComparing(Assessment::caseId));
    List<Comparison.Separation> seps = new ArrayList<>();
    for (int i = 0; i + 1 < ranked.size(); i++) seps.add(separate(ranked.get(i), ranked.get(i + 1)));
    return new Comparison(lensId, at, assessments, ranked.stream().map(Assessment::caseId).toList(), seps);
  }

  /** What separates {@code a} from {@code b} (both through the same lens). */
  public static Comparison.Separation separate(Assessment a, Assessment b) {
    List<Comparison.Difference> diffs = new ArrayList<>();
    List<String> unknownInOne = new ArrayList<>();
    for (CriterionResult ca : a.criteria()) {
      CriterionResult cb = b.criterion(ca.id()).orElse(null);
      if (cb == null) continue;
      boolean ka = ca.membership().isKnown(), kb = cb.membership().isKnown();
      if (ka && kb) {
        double d = ca.membership().low() - cb.membership().low();
        if (Math.abs(d) > 1e-9) diffs.add(new Comparison.Difference(ca.id(), ca, cb, d));
      } else if (ka != kb) {
        unknownInOne.add(ca.id());
      }
    }
    diffs.sort(Comparator.comparingDouble((Comparison.Difference d) -> -Math.abs(d.difference())));
    return new Comparison.Separation(a.caseId(), b.caseId(), diffs.stream().limit(DIFFERENCES).toList(), unknownInOne);
  }

  private static double mid(Membership m) { return (m.low() + m.high()) / 2; }
}
