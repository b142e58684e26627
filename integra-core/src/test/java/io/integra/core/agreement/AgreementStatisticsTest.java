package io.integra.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class AgreementStatisticsTest {

  /**
   * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Univ. of Pennsylvania
   * (repository.upenn.edu/asc_papers/43), section C: reliability data of 4 observers (A–D) and
   * 12 units with missing values; the paper reports α_interval = 0.849 for these data.
   * Hand check with exact fractions of the pairwise sums: the 11 pairable units hold n = 40
   * values; D_o = 13/30, D_e = 112/39, so α = 1 − (13/30)/(112/39) = 951/1120 = 0.84910714...
   * (unit 12 has a single value and is not pairable).
   */
  @Test
  void interval_alpha_matches_krippendorffs_worked_example() {
    Double n = null;
    Double[][] observers = {
        {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, n, n, n},
        {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, n, 3d},
        {n, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, n},
        {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, n}};
    List<List<Double>> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      final int k = u;
      units.add(Arrays.stream(observers).map(o -> o[k]).filter(Objects::nonNull).toList());
    }
    KrippendorffAlpha.Result r = KrippendorffAlpha.interval(units);
    assertThat(r.pairable()).isEqualTo(40);
    assertThat(r.units()).isEqualTo(11);
    assertThat(r.observed()).isCloseTo(13.0 / 30, within(1e-9));
    assertThat(r.expected()).isCloseTo(112.0 / 39, within(1e-9));
    assertThat(r.alpha()).isCloseTo(951.0 / 1120, within(1e-9));
    assertThat(r.alpha()).isCloseTo(0.849, within(0.0005)); // as printed in the paper
  }

  @Test
  void alpha_is_one_for_perfect_agreement_and_undefined_without_variation() {
    assertThat(KrippendorffAlpha.interval(List.of(List.of(0.2, 0.2), List.of(0.8, 0.8))).alpha()).isEqualTo(1.0);
    assertThat(KrippendorffAlpha.interval(List.of(List.of(0.5, 0.5), List.of(0.5, 0.5))).defined()).isFalse();
    assertThat(KrippendorffAlpha.interval(List.of(List.of(0.5))).defined()).isFalse();
    assertThat(KrippendorffAlpha.interval(List.of(List.of(0.5))).undefinedReason()).contains("no unit was scored by two or more coders");
    // issue 13: one unit gave alpha = 0.000 (D_e computed from the same two values as D_o)
    KrippendorffAlpha.Result one = KrippendorffAlpha.interval(List.of(List.of(0.33, 0.67)));
    assertThat(one.defined()).isFalse();
    assertThat(one.units()).isEqualTo(1);
    assertThat(one.undefinedReason()).contains("only one unit").contains("at least two units");
    assertThat(KrippendorffAlpha.interval(List.of(List.of(0.5, 0.5), List.of(0.5, 0.5))).undefinedReason()).contains("do not vary");
    assertThat(KrippendorffAlpha.interval(List.of(List.of(0.33, 0.67), List.of(0.5, 0.5))).undefinedReason()).isNull();
  }

  /**
   * The standard worked example of Cohen's kappa (e.g. Wikipedia, "Cohen's kappa", section
   * "Simple example"): 50 grant proposals read by two readers A and B; both say yes to 20, both
   * no to 15, A yes / B no 5, A no / B yes 10. p_o = 35/50 = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5,
   * κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
   */
  @Test
  void kappa_matches_the_textbook_grant_proposal_example() {
    List<Boolean> a = new ArrayList<>();
    List<Boolean> b = new ArrayList<>();
    add(a, b, true, true, 20);
    add(a, b, true, false, 5);
    add(a, b, false, true, 10);
    add(a, b, false, false, 15);
    CohenKappa.Result r = CohenKappa.of(a, b);
    assertThat(r.units()).isEqualTo(50);
    assertThat(r.observed()).isCloseTo(0.7, within(1e-9));
    assertThat(r.expected()).isCloseTo(0.5, within(1e-9));
    assertThat(r.kappa()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void kappa_cuts_fuzzy_scores_at_the_crossover() {
    assertThat(CohenKappa.in(0.67)).isTrue();
    assertThat(CohenKappa.in(0.5)).isFalse();
    assertThat(CohenKappa.in(0.33)).isFalse();
    assertThat(CohenKappa.of(List.of(true, true), List.of(true, true)).defined()).isFalse();
  }

  private static void add(List<Boolean> a, List<Boolean> b, boolean x, boolean y, int n) {
    a.addAll(Collections.nCopies(n, x));
    b.addAll(Collections.nCopies(n, y));
  }
}
