package io.integra.core.robust;

import io.integra.core.indicator.MeasuredMembership;
import java.util.List;

/**
 * The calibration anchors a measured membership is perturbed over (issue 11, source (c)): the
 * robustness section's range for the criterion when it gives one, else a default around the
 * recipe's own anchors (those recorded with the value): each anchor at its value and moved by
 * {@link #DEFAULT_SHIFT} of the distance between the exclusion and inclusion anchors either way.
 * Combinations out of order are dropped by {@link AnchorRange#memberships()}. The default is
 * Integra's choice, as the band widths are (docs/robustness.md): the recipes cite where their
 * anchors come from but give no range, so set one in the robustness section when the literature
 * gives it.
 */
public final class MeasuredAnchors {
  /** The default shift of each anchor, as a share of the exclusion–inclusion distance. */
  public static final double DEFAULT_SHIFT = 0.1;

  private MeasuredAnchors() { }

  /** The anchor range of the value's criterion, paired with its raw value. */
  public static AnchorRange range(MeasuredMembership m, RobustnessSpec spec) {
    return spec.anchor(m.criterion()).orElseGet(() -> defaultRange(m)).withRaw(m.raw());
  }

  /** The default range around the recipe's anchors recorded with {@code m}. */
  public static AnchorRange defaultRange(MeasuredMembership m) {
    var p = m.provenance();
    double d = DEFAULT_SHIFT * Math.abs(p.inclusion() - p.exclusion());
    return new AnchorRange(m.criterion(), null, around(p.exclusion(), d), around(p.crossover(), d), around(p.inclusion(), d));
  }

  private static List<Double> around(double a, double d) {
    return d == 0 ? List.of(a) : List.of(round(a - d), a, round(a + d));
  }

  private static double round(double x) { return Math.round(x * 1e9) / 1e9; }
}
