package io.integra.flows.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.integra.core.robust.AnchorRange;
import io.integra.qca.calibrate.Calibration;
import org.junit.jupiter.api.Test;

/**
 * The measured memberships are calibrated by integra-qca ({@link Calibration#direct}); the
 * robustness check re-calibrates them under other anchors with the pure core's
 * {@link AnchorRange#direct}. Both must be the same function, so that the recipe's own anchors give
 * back the measured value (clipping included).
 */
class CalibrationAgreementTest {
  @Test
  void coreAndQcaCalibrateAlike() {
    double[][] anchors = {{5, 20, 50}, {1, 2, 10}, {0.33, 0.67, 0.9}, {-1, 0, 1}, {-10, 0, 10}, {0, 0.05, 0.15}, {0.9, 0.5, 0.1}};
    for (double[] a : anchors) {
      double lo = Math.min(a[0], a[2]), hi = Math.max(a[0], a[2]), span = hi - lo;
      for (int k = -200; k <= 300; k++) {
        double x = lo + span * k / 100.0;
        assertThat(AnchorRange.direct(x, a[0], a[1], a[2]))
            .as("x %s, anchors %s %s %s", x, a[0], a[1], a[2])
            .isCloseTo(Calibration.direct(x, a[0], a[1], a[2]), within(1e-12));
      }
    }
  }
}
