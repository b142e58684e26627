package io.integra.flows.index;

/**
 * Partner concentration (flows.md §3): the Herfindahl–Hirschman sum of squared shares
 * {@code H = Σ s_k²} (WITS) and Hirschman's (1945) original {@code sqrt(Σ s_k²)} (WDI text).
 * The two World Bank texts name these differently, hence two explicit methods.
 */
public final class Concentration {
  private Concentration() { }

  /** Σ s_k² with s_k = v_k / Σ v; NaN entries are ignored; NaN when the total is not positive. */
  public static double hhi(double[] values) {
    double total = 0;
    for (double v : values) if (!Double.isNaN(v)) total += v;
    if (!(total > 0)) return Double.NaN;
    double h = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) h += (v / total) * (v / total);
    }
    return h;
  }

  public static double hirschman(double[] values) { return Math.sqrt(hhi(values)); }
}
