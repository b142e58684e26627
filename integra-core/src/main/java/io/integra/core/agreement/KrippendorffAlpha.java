package io.integra.core.agreement;

import java.util.List;

/**
 * Krippendorff's alpha for interval data with any number of coders and missing values.
 *
 * <p>Reference: K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", University of
 * Pennsylvania, 2011 (repository.upenn.edu/asc_papers/43). With the coincidence-matrix
 * definitions of that paper and the interval metric δ²(c,k) = (c − k)², the observed and expected
 * disagreements reduce to sums over pairs of values:
 * <pre>
 *   D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i≠j in u} (v_i − v_j)²
 *   D_e = 1/(n(n − 1)) · Σ_{a≠b over all pairable values} (v_a − v_b)²
 *   α   = 1 − D_o / D_e
 * </pre>
 * where only units with m_u ≥ 2 values are pairable and n is the number of pairable values.
 * Each pair sum is computed as 2m·Σv² − 2(Σv)², so the cost is linear in the number of values.
 */
public final class KrippendorffAlpha {
  private KrippendorffAlpha() { }

  /**
   * @param alpha    the coefficient, NaN when undefined: fewer than two pairable values, only one
   *                 pairable unit (then D_e is computed from the very values of D_o and alpha is 0
   *                 by construction, whatever the coders did), or no variation at all (D_e = 0);
   *                 {@link #undefinedReason()} says which
   * @param pairable n, the number of values in units coded by two or more coders
   * @param units    the number of pairable units
   */
  public record Result(double alpha, double observed, double expected, int pairable, int units) {
    public boolean defined() { return !Double.isNaN(alpha); }

    /** Why alpha is undefined, for people (null when it is defined). */
    public String undefinedReason() {
      if (defined()) return null;
      if (pairable < 2) return "no unit was scored by two or more coders";
      if (units < 2) return "only one unit scored by two or more coders: alpha compares disagreement within units"
          + " with disagreement across units and needs at least two units (with one it is 0 by construction)";
      return "the values do not vary at all, so the expected disagreement is 0";
    }
  }

  /** {@code units}: each unit's values (one per coder who coded it; missing values left out). */
  public static Result interval(List<? extends List<Double>> units) {
    double doSum = 0;
    double all = 0;
    double allSq = 0;
    int n = 0;
    int pairableUnits = 0;
    for (List<Double> u : units) {
      int m = u.size();
      if (m < 2) continue;
      pairableUnits++;
      double s = 0;
      double sq = 0;
      for (double v : u) {
        s += v;
        sq += v * v;
      }
      doSum += (2 * m * sq - 2 * s * s) / (m - 1);
      all += s;
      allSq += sq;
      n += m;
    }
    if (n < 2) return new Result(Double.NaN, Double.NaN, Double.NaN, n, pairableUnits);
    double dObs = doSum / n;
    double dExp = (2.0 * n * allSq - 2 * all * all) / ((double) n * (n - 1));
    // one pairable unit: D_e is built from the same values as D_o, so 1 - D_o/D_e is 0 whatever
    // the scores; Krippendorff's alpha needs variation across units to estimate chance (2011, §A)
    double alpha = dExp == 0 || pairableUnits < 2 ? Double.NaN : 1 - dObs / dExp;
    return new Result(alpha, dObs, dExp, n, pairableUnits);
  }
}
