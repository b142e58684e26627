package io.integra.qca.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.integra.qca.QcaException;
import org.junit.jupiter.api.Test;

/**
 * {@link Calibration#direct}, the one value form used for the measured memberships: Ragin's (2008,
 * ch. 5) direct method with R QCA's defaults (the anchors at 0.05 / 0.5 / 0.95, clipped below
 * 0.0001 and above 0.9999). The whole-vector form is checked against R in CalibrationReferenceTest.
 */
class DirectCalibrationTest {
  @Test
  void anchorsMapToTheirMemberships() {
    assertThat(Calibration.direct(0.5, 0.1, 0.5, 0.9)).isCloseTo(0.5, within(1e-15));
    assertThat(Calibration.direct(0.9, 0.1, 0.5, 0.9)).isCloseTo(0.95, within(1e-12));
    assertThat(Calibration.direct(0.1, 0.1, 0.5, 0.9)).isCloseTo(0.05, within(1e-12));
    // decreasing anchors
    assertThat(Calibration.direct(0.1, 0.9, 0.5, 0.1)).isCloseTo(0.95, within(1e-12));
    assertThat(Calibration.direct(0.9, 0.9, 0.5, 0.1)).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void logOddsAreLinearOnEachSideOfTheCrossover() {
    // half way from the crossover to the inclusion anchor: log odds log(19)/2 (5 / 20 / 50 anchors)
    assertThat(Calibration.direct(35, 5, 20, 50)).isCloseTo(1 / (1 + Math.exp(-Math.log(19) / 2)), within(1e-12));
    assertThat(Calibration.direct(12.5, 5, 20, 50)).isCloseTo(1 / (1 + Math.exp(Math.log(19) / 2)), within(1e-12));
  }

  @Test
  void clipsAsR() {
    // log odds 3.2 * log(19) = 9.42: membership 0.99992 becomes 1, 0.00008 becomes 0
    assertThat(Calibration.direct(3.2, -1, 0, 1)).isEqualTo(1.0);
    assertThat(Calibration.direct(-3.2, -1, 0, 1)).isEqualTo(0.0);
    // 3 * log(19) = 8.83: 0.99985 is kept
    assertThat(Calibration.direct(3, -1, 0, 1)).isCloseTo(1 / (1 + Math.pow(19, -3)), within(1e-12)).isLessThan(1);
  }

  @Test
  void nanStaysNanAndDisorderedAnchorsAreRefused() {
    assertThat(Calibration.direct(Double.NaN, 0, 1, 2)).isNaN();
    assertThatThrownBy(() -> Calibration.direct(1, 0, 3, 2)).isInstanceOf(QcaException.class);
  }
}
