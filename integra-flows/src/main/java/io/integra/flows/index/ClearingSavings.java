package io.integra.flows.index;

/**
 * Settlement arithmetic of a payments union (flows.md §5.2): gross settlement G, bilateral
 * netting B, multilateral netting M, and the savings ratios. {@code x[i][j]} is i's exports to j
 * within one settlement period (payments due from j to i); NaN cells count as 0.
 */
public record ClearingSavings(double gross, double bilateral, double multilateral) {

  public static ClearingSavings of(double[][] x) {
    int n = x.length;
    double g = 0;
    double b = 0;
    double[] net = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) continue;
        double xij = val(x[i][j]);
        g += xij;
        net[i] += xij - val(x[j][i]);
        if (i < j) b += Math.abs(xij - val(x[j][i]));
      }
    }
    double m = 0;
    for (double v : net) m += Math.max(v, 0); // = ½ Σ|N_i| since Σ N_i = 0
    return new ClearingSavings(g, b, m);
  }

  /** {@code 1 − B/G}. */
  public double savingsBilateral() { return gross == 0 ? Double.NaN : 1 - bilateral / gross; }

  /** {@code 1 − M/G}. */
  public double savingsMultilateral() { return gross == 0 ? Double.NaN : 1 - multilateral / gross; }

  /** EPU-style multilateral compensation share of bilateral balances, {@code 1 − M/B}. */
  public double savingsCompensation() { return bilateral == 0 ? Double.NaN : 1 - multilateral / bilateral; }

  private static double val(double v) { return Double.isNaN(v) ? 0 : v; }
}
