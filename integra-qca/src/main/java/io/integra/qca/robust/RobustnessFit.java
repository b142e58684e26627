package io.integra.qca.robust;

/**
 * The robustness fit parameters of Oana &amp; Schneider (2024, "A Robustness Test Protocol for
 * Applied QCA", <i>Sociological Methods &amp; Research</i>; SetMethods {@code rob.fit}), computed from
 * the membership of each case in the initial solution IS, in the robust core RC = IS * TS_1 * ... *
 * TS_k (fuzzy AND of the initial and every test solution), in minTS (AND of the test solutions) and
 * maxTS (their OR), and the outcome Y:
 * <ul>
 *   <li>{@code RF_cov} = coverage(RC) / coverage(IS) = &Sigma;min(RC,Y) / &Sigma;min(IS,Y);</li>
 *   <li>{@code RF_cons} = consistency(IS) / consistency(RC), consistency(X) = &Sigma;min(X,Y) / &Sigma;X;</li>
 *   <li>{@code RF_SC_minTS} = &Sigma;min(IS,minTS) / &Sigma;max(IS,minTS) and
 *       {@code RF_SC_maxTS} = &Sigma;min(IS,maxTS) / &Sigma;max(IS,maxTS) (set coincidence).</li>
 * </ul>
 * All three are 1 when every test solution equals the initial one. A ratio whose denominator is
 * zero is NaN (reported as null).
 */
public record RobustnessFit(double rfCov, double rfCons, double rfScMinTs, double rfScMaxTs) {

  public static RobustnessFit of(double[] is, double[] rc, double[] minTs, double[] maxTs, double[] y) {
    double isY = 0, rcY = 0, isSum = 0, rcSum = 0, minNum = 0, minDen = 0, maxNum = 0, maxDen = 0;
    for (int i = 0; i < y.length; i++) {
      isY += Math.min(is[i], y[i]);
      rcY += Math.min(rc[i], y[i]);
      isSum += is[i];
      rcSum += rc[i];
      minNum += Math.min(is[i], minTs[i]);
      minDen += Math.max(is[i], minTs[i]);
      maxNum += Math.min(is[i], maxTs[i]);
      maxDen += Math.max(is[i], maxTs[i]);
    }
    double rfCov = isY == 0 ? Double.NaN : rcY / isY;
    double consIs = isSum == 0 ? Double.NaN : isY / isSum, consRc = rcSum == 0 ? Double.NaN : rcY / rcSum;
    double rfCons = consIs / consRc;
    return new RobustnessFit(rfCov, rfCons, minDen == 0 ? Double.NaN : minNum / minDen, maxDen == 0 ? Double.NaN : maxNum / maxDen);
  }
}
