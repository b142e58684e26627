package io.integra.qca.robust;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranges of the three anchors of a direct fuzzy calibration of a raw column (Ragin 2008, ch. 5;
 * R QCA {@code calibrate(type = "fuzzy")}, logistic, inclusion degree 0.95). The first value of each
 * list gives the initial calibration; every ordered combination (exclusion &lt; crossover &lt;
 * inclusion, or the reverse) is one test setting (Oana &amp; Schneider 2024: "calibration ranges").
 *
 * @param raw       the raw column
 * @param set       the name of the calibrated set (a condition or the outcome of the analysis)
 * @param exclusion exclusion anchors
 * @param crossover crossover anchors
 * @param inclusion inclusion anchors
 */
public record CalibrationRange(String raw, String set, List<Double> exclusion, List<Double> crossover, List<Double> inclusion) {
  public CalibrationRange {
    exclusion = List.copyOf(exclusion);
    crossover = List.copyOf(crossover);
    inclusion = List.copyOf(inclusion);
    if (exclusion.isEmpty() || crossover.isEmpty() || inclusion.isEmpty()) throw new IllegalArgumentException("each anchor needs at least one value");
  }

  /** The initial anchors: the first value of each list. */
  public double[] initial() { return new double[] {exclusion.get(0), crossover.get(0), inclusion.get(0)}; }

  /** Every ordered combination of anchors, the initial one first when it is ordered. */
  public List<double[]> combinations() {
    List<double[]> out = new ArrayList<>();
    for (double e : exclusion) for (double c : crossover) for (double i : inclusion) {
      if ((e < c && c < i) || (e > c && c > i)) out.add(new double[] {e, c, i});
    }
    return out;
  }
}
