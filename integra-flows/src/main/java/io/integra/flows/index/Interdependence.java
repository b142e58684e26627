package io.integra.flows.index;

/**
 * Bilateral balance and asymmetric interdependence (flows.md §4).
 *
 * <ul>
 *   <li>normalised balance {@code NB_ij = (X_ij − M_ij) / (X_ij + M_ij)}, with i's imports from j
 *       read as j's exports to i (mirror flows);</li>
 *   <li>Barbieri's (1996) trade share {@code TS_ij = T_ij / T_i}, with
 *       {@code T_ij = x_ij + x_ji} and {@code T_i = X_i. + X_.i}; the dependence asymmetry is
 *       {@code A_ij = TS_ij − TS_ji} (the less dependent side holds the leverage).</li>
 * </ul>
 */
public final class Interdependence {
  private Interdependence() { }

  public static double balance(double xij, double xji) {
    double a = zero(xij);
    double b = zero(xji);
    return TradeIntensity.ratio(a - b, a + b);
  }

  public static double tradeShare(double xij, double xji, double outI, double inI) {
    return TradeIntensity.ratio(zero(xij) + zero(xji), outI + inI);
  }

  public static double asymmetry(double xij, double xji, double outI, double inI, double outJ, double inJ) {
    return tradeShare(xij, xji, outI, inI) - tradeShare(xji, xij, outJ, inJ);
  }

  private static double zero(double v) { return Double.isNaN(v) ? 0 : v; }
}
