package io.integra.core.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.assess.VerdictRule;
import org.junit.jupiter.api.Test;

/**
 * The band is varied by mapping the deciding outcome (see {@link Probe}): for every pair of bounds
 * on a fine grid (and the scale points, and the band edges themselves) and every half-width, the
 * rule with the fixed band on the mapped bounds decides exactly as the rule with that half-width
 * on the original bounds.
 */
class ProbeBandTest {
  @Test void mappingKeepsEveryComparisonWithTheBandEdges() {
    double[] bands = {0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.45};
    java.util.List<Double> xs = new java.util.ArrayList<>();
    for (int i = 0; i <= 100; i++) xs.add(i / 100.0);
    for (double p : new double[] {0.33, 0.67, 1.0 / 3, 2.0 / 3}) xs.add(p);
    for (double b : bands) { xs.add(0.5 + b); xs.add(0.5 - b); xs.add(Math.nextUp(0.5 + b)); xs.add(Math.nextDown(0.5 - b)); }
    double c = VerdictRule.CROSSOVER, big = VerdictRule.BAND;
    for (double b : bands) {
      for (double lo : xs) {
        for (double hi : xs) {
          if (hi < lo || lo < 0 || hi > 1) continue;
          double ml = Probe.map(lo, b), mh = Probe.map(hi, b);
          assertThat(ml).isBetween(0.0, 1.0);
          assertThat(ml <= mh).isTrue();
          boolean inBand = lo < c + b && hi > c - b;
          assertThat(VerdictRule.inBand(ml, mh)).as("[%s, %s] band %s", lo, hi, b).isEqualTo(inBand);
          assertThat(ml >= c + big).as("above, %s band %s", lo, b).isEqualTo(lo >= c + b);
          assertThat(mh <= c - big).as("below, %s band %s", hi, b).isEqualTo(hi <= c - b);
          // the crossover (read by readiness and coupling) keeps its side
          assertThat(ml >= c).as("crossover side of %s", lo).isEqualTo(lo >= c);
        }
      }
    }
  }
}
