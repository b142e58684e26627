package io.integra.flows.index;

/**
 * Savage–Deutsch relative acceptance {@code RA_ij = (x_ij − E_ij) / E_ij} against the
 * quasi-independence null of {@link QuasiIndependenceFit} (flows.md §1.4). Undefined (NaN) on
 * the diagonal, on structural zeros and where {@code E_ij = 0}.
 */
public final class RelativeAcceptance {
  private RelativeAcceptance() { }

  public static double[][] of(double[][] x, double[][] expected) {
    int n = x.length;
    double[][] ra = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double e = expected[i][j];
        ra[i][j] = i == j || Double.isNaN(x[i][j]) || !(e > 0) ? Double.NaN : (x[i][j] - e) / e;
      }
    }
    return ra;
  }

  /** The group summary used in the later literature (flows.md §1.4): mean RA over ordered member pairs. */
  public static double groupMean(double[][] ra) {
    double s = 0;
    int k = 0;
    for (double[] row : ra) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          s += v;
          k++;
        }
      }
    }
    return k == 0 ? Double.NaN : s / k;
  }
}
