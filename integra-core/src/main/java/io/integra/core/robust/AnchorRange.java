package io.integra.core.robust;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranges for the three calibration anchors of a measured membership (Ragin 2008, <i>Redesigning
 * Social Inquiry</i>, ch. 5, direct method): every combination of an exclusion, a crossover and an
 * inclusion value that keeps them in a strict order is one admissible calibration. With the
 * criterion's raw value ({@code raw}, null in a robustness file: the assessment supplies it) each
 * combination gives one membership.
 *
 * <p>This is the input the measured memberships of the assessment plug into: a criterion whose
 * membership is measured carries its raw value; {@link #withRaw(double)} pairs the ranges read from
 * the robustness section with it, and {@link #memberships()} lists the admissible memberships.
 *
 * @param criterion the criterion id
 * @param raw       the raw (uncalibrated) value at the date, or null when not known yet
 * @param exclusion values for full non-membership
 * @param crossover values for the point of maximum ambiguity (0.5)
 * @param inclusion values for full membership
 */
public record AnchorRange(String criterion, Double raw, List<Double> exclusion, List<Double> crossover, List<Double> inclusion) {
  public AnchorRange {
    exclusion = List.copyOf(exclusion);
    crossover = List.copyOf(crossover);
    inclusion = List.copyOf(inclusion);
  }

  public AnchorRange withRaw(double value) { return new AnchorRange(criterion, value, exclusion, crossover, inclusion); }

  /** Number of anchor combinations (ordered or not). */
  public int combinations() { return exclusion.size() * crossover.size() * inclusion.size(); }

  /**
   * The membership of {@code raw} under every admissible combination (exclusion &lt; crossover &lt;
   * inclusion, or the reverse for a criterion whose membership falls as the raw value grows), in
   * combination order, duplicates kept out. Empty when {@code raw} is null.
   */
  public List<Double> memberships() {
    List<Double> out = new ArrayList<>();
    if (raw == null) return out;
    for (double e : exclusion) for (double c : crossover) for (double i : inclusion) {
      boolean up = e < c && c < i, down = e > c && c > i;
      if (!up && !down) continue;
      double m = round(direct(raw, e, c, i));
      if (!out.contains(m)) out.add(m);
    }
    return out;
  }

  /**
   * Ragin's direct method: log odds of membership are 0 at the crossover and linear in the raw
   * value on each side, reaching membership 0.95 at the inclusion anchor and 0.05 at the exclusion
   * anchor (Ragin 2008, ch. 5, with R QCA's {@code calibrate(type = "fuzzy")} default inclusion
   * degree 0.95, as integra-qca's {@code Calibration.direct}, which makes the measured memberships;
   * like it, and R, memberships below 0.0001 are 0 and above 0.9999 are 1, so that the recipe's own
   * anchors give back the measured value). The core stays free of dependencies, hence this copy;
   * integra-flows' {@code CalibrationAgreementTest} checks that the two agree.
   */
  public static double direct(double x, double exclusion, double crossover, double inclusion) {
    double lo;
    if (inclusion > exclusion) {
      lo = x >= crossover ? LOGIT * (x - crossover) / (inclusion - crossover) : -LOGIT * (crossover - x) / (crossover - exclusion);
    } else {
      lo = x <= crossover ? LOGIT * (crossover - x) / (crossover - inclusion) : -LOGIT * (x - crossover) / (exclusion - crossover);
    }
    double m = 1 / (1 + Math.exp(-lo));
    return m < 0.0001 ? 0 : m > 0.9999 ? 1 : m;
  }

  /** Log odds at the inclusion anchor: log(0.95 / 0.05). */
  static final double LOGIT = Math.log(0.95 / 0.05);

  private static double round(double m) { return Math.round(m * 1e6) / 1e6; }
}
