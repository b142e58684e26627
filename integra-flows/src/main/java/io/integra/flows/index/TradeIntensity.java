package io.integra.flows.index;

/**
 * Share and intensity indices on one flow (flows.md §2.1–2.3), in their export-based form:
 * every quantity is a sum of {@code x_ij}, so the same code serves trade and migrant stocks.
 *
 * <ul>
 *   <li>intra-group share {@code S_G = X_GG / X_G.} (ADB ARIC, UNU-CRIS W-2009-22);</li>
 *   <li>intensity {@code (X_GG / X_G.) / (X_.G / X_..)} and its dyadic form
 *       {@code (x_ij / X_i.) / (X_.j / X_..)} (Brown 1949; Yamazawa 1971);</li>
 *   <li>Kojima's (1964) dyadic variant {@code (x_ij / X_i.) / (X_.j / (X_.. − X_.i))}, which
 *       removes the exporter's own imports from the world market it cannot sell to;</li>
 *   <li>Iapadre's homogeneous intensity {@code HI_G = (T_GG/T_G) / (T_OG/T_O)}, its
 *       extra-regional twin {@code HE_G = (T_GO/T_G) / (T_OO/T_O)} and the introversion index
 *       {@code (HI − HE) / (HI + HE)} (Iapadre 2006; Hamanaka 2015), with T = exports.</li>
 * </ul>
 */
public final class TradeIntensity {
  private TradeIntensity() { }

  public static double share(double intra, double groupOut) { return ratio(intra, groupOut); }

  public static double intensity(double intra, double groupOut, double groupIn, double world) {
    return ratio(ratio(intra, groupOut), ratio(groupIn, world));
  }

  public static double kojima(double xij, double outI, double inJ, double inI, double world) {
    return ratio(ratio(xij, outI), ratio(inJ, world - inI));
  }

  /** {@code HI_G}: T_GG = intra, T_G = groupOut, T_OG = groupIn − intra, T_O = world − groupOut. */
  public static double homogeneousIntensity(double intra, double groupOut, double groupIn, double world) {
    return ratio(ratio(intra, groupOut), ratio(groupIn - intra, world - groupOut));
  }

  /** {@code HE_G}: T_GO = groupOut − intra, T_OO = T_O − T_OG. */
  public static double homogeneousExtraIntensity(double intra, double groupOut, double groupIn, double world) {
    double outside = world - groupOut;
    double outsideToGroup = groupIn - intra;
    return ratio(ratio(groupOut - intra, groupOut), ratio(outside - outsideToGroup, outside));
  }

  public static double introversion(double intra, double groupOut, double groupIn, double world) {
    double hi = homogeneousIntensity(intra, groupOut, groupIn, world);
    double he = homogeneousExtraIntensity(intra, groupOut, groupIn, world);
    return ratio(hi - he, hi + he);
  }

  static double ratio(double a, double b) { return b == 0 || Double.isNaN(b) ? Double.NaN : a / b; }
}
