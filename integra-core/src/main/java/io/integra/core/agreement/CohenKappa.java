package io.integra.core.agreement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cohen's kappa for two coders classifying the same units into nominal categories.
 *
 * <p>Reference: J. Cohen, "A coefficient of agreement for nominal scales", Educational and
 * Psychological Measurement 20(1), 1960, 37–46: κ = (p_o − p_e) / (1 − p_e), with p_o the share
 * of units on which the coders agree and p_e the agreement expected by chance from each coder's
 * own category shares, p_e = Σ_c p_A(c)·p_B(c).
 */
public final class CohenKappa {
  private CohenKappa() { }

  /** @param kappa NaN when undefined (no units, or p_e = 1: both coders used one and the same category throughout) */
  public record Result(double kappa, double observed, double expected, int units) {
    public boolean defined() { return !Double.isNaN(kappa); }
  }

  /** {@code a.get(i)} and {@code b.get(i)} are the two coders' categories for unit i. */
  public static <T extends Comparable<T>> Result of(List<T> a, List<T> b) {
    if (a.size() != b.size()) throw new IllegalArgumentException("both coders must classify the same units");
    int n = a.size();
    if (n == 0) return new Result(Double.NaN, Double.NaN, Double.NaN, 0);
    Map<T, int[]> counts = new TreeMap<>();
    int agree = 0;
    for (int i = 0; i < n; i++) {
      if (a.get(i).equals(b.get(i))) agree++;
      counts.computeIfAbsent(a.get(i), k -> new int[2])[0]++;
      counts.computeIfAbsent(b.get(i), k -> new int[2])[1]++;
    }
    double po = (double) agree / n;
    double pe = 0;
    for (int[] c : counts.values()) pe += ((double) c[0] / n) * ((double) c[1] / n);
    double kappa = pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
    return new Result(kappa, po, pe, n);
  }

  /**
   * In or out of the set: a fuzzy score above the crossover 0.5 is in (Ragin 2008,
   * <i>Redesigning Social Inquiry</i>, ch. 5: 0.5 is the point of maximum ambiguity, neither in
   * nor out; it is counted as out here, the conservative reading).
   */
  public static boolean in(double score) { return score > 0.5; }
}
