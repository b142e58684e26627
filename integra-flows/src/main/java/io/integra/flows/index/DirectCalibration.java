package io.integra.flows.index;

/**
 * The direct method of calibration (Ragin 2008, <i>Redesigning Social Inquiry</i>, ch. 5): the
 * deviation from the crossover is scaled to log odds so that the inclusion anchor maps to 0.95
 * and the exclusion anchor to 0.05, then turned into a membership with the logistic function.
 * The 0.95 degree of inclusion is the default of R's QCA {@code calibrate} (idm = 0.95); works for
 * increasing (exclusion &lt; inclusion) and decreasing anchors.
 */
public final class DirectCalibration {
  private static final double LOG_ODDS_FULL = Math.log(0.95 / 0.05);

  private DirectCalibration() { }

  public static double membership(double value, double exclusion, double crossover, double inclusion) {
    if (Double.isNaN(value)) return Double.NaN;
    boolean increasing = inclusion > exclusion;
    if (increasing ? !(exclusion < crossover && crossover < inclusion) : !(inclusion < crossover && crossover < exclusion)) {
      throw new IllegalArgumentException("the crossover must lie strictly between the exclusion and inclusion anchors");
    }
    double dev = value - crossover;
    boolean towardInclusion = increasing ? dev >= 0 : dev <= 0;
    double logOdds = towardInclusion
        ? LOG_ODDS_FULL * dev / (inclusion - crossover)
        : -LOG_ODDS_FULL * dev / (exclusion - crossover);
    return 1 / (1 + Math.exp(-logOdds));
  }
}
