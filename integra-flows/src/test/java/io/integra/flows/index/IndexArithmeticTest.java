package io.integra.flows.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexArithmeticTest {
  static final double N = Double.NaN;
  /** flows-reference.md §4 input X (exports FOB 2015, US$ m). */
  static final double[][] X = {
      {N, 10099.585296, 1055.120669, 1240.899206},
      {12800.015447, N, 2473.348262, 2726.867064},
      {586.342538, 2651.392350, N, 163.023068},
      {389.549547, 1132.775868, 116.433644, N}};
  static final double[][] E = {
      {0, 10506.13609546, 898.4757882751, 990.993287262},
      {12422.891713215, 0, 2652.1228492689, 2925.216210517},
      {911.283791376, 2274.89432440, 0, 214.579840222},
      {441.732027409, 1102.72309413, 94.3039374561, 0}};
  static final double[][] RA = {
      {N, -0.038697, 0.174345, 0.252177},
      {0.030357, N, -0.067408, -0.067807},
      {-0.356575, 0.165501, N, -0.240268},
      {-0.118132, 0.027253, 0.234664, N}};

  @Test
  void quasiIndependenceFitMatchesTheReferenceExpectedTable() {
    var fit = QuasiIndependenceFit.fit(X);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.warnings()).isEmpty();
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        // E is printed with about 12 significant digits
        assertThat(fit.expected()[i][j]).as("E[%d][%d]", i, j).isCloseTo(E[i][j], within(1e-6));
      }
    }
    double[][] ra = RelativeAcceptance.of(X, fit.expected());
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        if (i == j) assertThat(ra[i][j]).isNaN();
        else assertThat(ra[i][j]).as("RA[%d][%d]", i, j).isCloseTo(RA[i][j], within(1e-6));
      }
    }
    // reference: 94 sweeps to a row-margin error below 1e-11; our stopping rule is relative 1e-12
    assertThat(fit.iterations()).isBetween(50, 200);
  }

  @Test
  void fitReportsNonExistenceInsteadOfPretending() {
    // member 2 sends flows only to itself-excluded cells: a positive row with no free cell
    double[][] x = {{N, 5, N}, {3, N, 1}, {N, N, N}};
    var fit = QuasiIndependenceFit.fit(x, new boolean[][] {{false, false, false}, {false, false, false}, {false, false, false}},
        1e-12, 200);
    assertThat(fit.expected()[0][2]).isZero();
    double[][] empty = {{N, 0}, {0, N}};
    assertThat(QuasiIndependenceFit.fit(empty).converged()).isFalse();
    assertThat(QuasiIndependenceFit.fit(empty).warnings()).isNotEmpty();
  }

  @Test
  void clearingArithmetic() {
    // A exports 10 to B, B 4 to A, B 6 to C, C 5 to A
    double[][] x = {{N, 10, 0}, {4, N, 6}, {5, 0, N}};
    ClearingSavings c = ClearingSavings.of(x);
    assertThat(c.gross()).isEqualTo(25);
    assertThat(c.bilateral()).isEqualTo(6 + 6 + 5);
    // net: A = 10-4-5 = 1, B = 4+6-10 = 0, C = 5-6 = -1
    assertThat(c.multilateral()).isEqualTo(1);
    assertThat(c.savingsBilateral()).isCloseTo(1 - 17.0 / 25, within(1e-15));
    assertThat(c.savingsMultilateral()).isCloseTo(1 - 1.0 / 25, within(1e-15));
    assertThat(c.savingsCompensation()).isCloseTo(1 - 1.0 / 17, within(1e-15));
    assertThat(c.multilateral()).isLessThanOrEqualTo(c.bilateral()).isLessThanOrEqualTo(c.gross());
  }

  @Test
  void concentration() {
    assertThat(Concentration.hhi(new double[] {1, 1, 1, 1})).isCloseTo(0.25, within(1e-15));
    assertThat(Concentration.hirschman(new double[] {1, 1, 1, 1})).isCloseTo(0.5, within(1e-15));
    assertThat(Concentration.hhi(new double[] {3, N, 1})).isCloseTo(0.625, within(1e-15));
  }

  @Test
  void intensityAndIntroversion() {
    // a neutral world: G sends to G exactly its share of world inflows
    assertThat(TradeIntensity.intensity(20, 100, 200, 1000)).isCloseTo(1, within(1e-12));
    // HI/HE neutral when the inside and outside distribute alike -> introversion 0
    double intra = 10;
    double gOut = 100;
    double gIn = 100;
    double world = 1000; // outside: 900 total, sends 90 to G (10%), G sends 10% to itself
    assertThat(TradeIntensity.homogeneousIntensity(intra, gOut, gIn, world)).isCloseTo(1, within(1e-12));
    assertThat(TradeIntensity.introversion(intra, gOut, gIn, world)).isCloseTo(0, within(1e-12));
    assertThat(TradeIntensity.introversion(50, gOut, gIn, world)).isPositive().isLessThan(1);
    // Kojima removes i's own imports from the world market: (10/100) / (200/(1000-100))
    assertThat(TradeIntensity.kojima(10, 100, 200, 100, 1000)).isCloseTo(0.45, within(1e-12));
  }

  @Test
  void balanceAndBarbieriAsymmetry() {
    assertThat(Interdependence.balance(30, 10)).isCloseTo(0.5, within(1e-15));
    // i: X_i. + X_.i = 100, j: 400; trade 40 both ways -> TS_ij 0.4, TS_ji 0.1
    assertThat(Interdependence.asymmetry(30, 10, 50, 50, 200, 200)).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void calculatorGivesGroupAndDyadRecords() {
    GroupYear gy = new GroupYear(2015, List.of("A", "B", "C"), List.of("A", "B", "C", "Z"),
        new double[][] {{N, 10, 0, 90}, {4, N, 6, 10}, {5, 0, N, 45}}, new double[] {100, 20, 50},
        new double[] {60, 40, 30}, 1000);
    var res = new IndexCalculator().compute("G", gy, List.of(FlowIndex.values()));
    assertThat(res.records()).anySatisfy(r -> {
      assertThat(r.index()).isEqualTo("share");
      assertThat(r.value()).isCloseTo(100 * 25.0 / 170, within(1e-12));
    });
    assertThat(res.records()).anySatisfy(r -> {
      assertThat(r.index()).isEqualTo("clearing-s_compensation");
      assertThat(r.value()).isCloseTo(1 - 1.0 / 17, within(1e-12));
    });
    assertThat(res.records()).filteredOn(r -> r.index().equals("balance")).hasSize(6);
  }
}
