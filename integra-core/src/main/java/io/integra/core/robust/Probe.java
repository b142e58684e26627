package io.integra.core.robust;

import io.integra.core.assess.CompiledLens;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.VerdictRule;

/**
 * Evaluates one configuration of criterion bounds through the compiled lens (the assessment's
 * fast path: no object graph per perturbation) and returns the verdict of
 * {@link VerdictRule}, with a transition band of any half-width.
 *
 * <p>The band is varied without touching the verdict rule: the deciding outcome's bounds are
 * mapped by the increasing piecewise-linear map that sends {@code 0.5 - b}, {@code 0.5} and
 * {@code 0.5 + b} to {@code 0.5 - BAND}, {@code 0.5}, {@code 0.5 + BAND} (and 0, 1 to
 * themselves). An increasing map keeps every comparison with the band's edges, so the rule with
 * {@code BAND} on the mapped value gives exactly the rule with half-width {@code b} on the
 * original; the crossover 0.5, read by the other steps of the rule, is a fixed point.
 * Not thread-safe (scratch arrays); one per thread.
 */
final class Probe {
  private final CompiledLens lens;
  private final int deciding, members;
  private final boolean commonGovernment;
  final double[] outLo, outHi;

  Probe(PerturbationSpace space) {
    this.lens = space.lens;
    this.deciding = space.deciding;
    this.members = space.members;
    this.commonGovernment = space.commonGovernment;
    this.outLo = new double[lens.outcomeCount()];
    this.outHi = new double[lens.outcomeCount()];
  }

  /** Evaluates and returns the verdict (null: no verdict rule); the deciding outcome's untransformed bounds stay in {@link #decidingLow()}/{@link #decidingHigh()}. */
  VerdictLabel verdict(double[] lo, double[] hi, double band) {
    lens.evaluate(lo, hi, outLo, outHi);
    if (deciding < 0 || band == VerdictRule.BAND) return lens.verdict(outLo, outHi, members, commonGovernment);
    double l = outLo[deciding], h = outHi[deciding];
    outLo[deciding] = map(l, band);
    outHi[deciding] = map(h, band);
    VerdictLabel code = lens.verdict(outLo, outHi, members, commonGovernment);
    outLo[deciding] = l;
    outHi[deciding] = h;
    return code;
  }

  double decidingLow() { return deciding < 0 ? Double.NaN : outLo[deciding]; }

  double decidingHigh() { return deciding < 0 ? Double.NaN : outHi[deciding]; }

  /** Whether the verdict just computed holds whatever the unknown criteria are (see {@link VerdictRule#settled}). */
  boolean settled(double band) {
    if (deciding < 0 || members < 2) return true;
    double l = outLo[deciding], h = outHi[deciding];
    double c = VerdictRule.CROSSOVER;
    return l >= c + band || h <= c - band || (l > c - band && h < c + band);
  }

  static double map(double x, double b) {
    final double c = VerdictRule.CROSSOVER, big = VerdictRule.BAND;
    if (x >= c + b) return x == c + b ? c + big : Math.min(1, (c + big) + (x - (c + b)) * (1 - (c + big)) / (1 - (c + b)));
    if (x <= c - b) return x == c - b ? c - big : Math.max(0, (x / (c - b)) * (c - big));
    double y = (c - big) + (x - (c - b)) * (2 * big) / (2 * b);
    // strictly inside the band stays strictly inside (rounding must not put it on an edge)
    if (y >= c + big) y = Math.nextDown(c + big);
    if (y <= c - big) y = Math.nextUp(c - big);
    return y;
  }

  /** The text a distribution counts a verdict under: its id, or {@link #NO_VERDICT}. */
  static String label(VerdictLabel code) {
    return code == null ? NO_VERDICT : code.id();
  }

  /** Number of count slots: one per verdict and one for "no verdict rule". */
  static final int SLOTS = VerdictLabel.values().length + 1;

  /** The count slot of a verdict (the last for null, no verdict rule). */
  static int slot(VerdictLabel code) { return code == null ? SLOTS - 1 : code.ordinal(); }

  /** The verdict of a count slot (null for the last). */
  static VerdictLabel ofSlot(int slot) { return slot == SLOTS - 1 ? null : VerdictLabel.values()[slot]; }

  /** The label counted for lenses without a verdict rule. */
  static final String NO_VERDICT = "(no verdict)";
}
