package io.integra.core.robust;

import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.VerdictRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Propagates the uncertainty of a {@link PerturbationSpace} to the verdict: every joint
 * perturbation when the space holds at most {@link RobustnessSpec#exhaustiveLimit()} of them,
 * otherwise {@link RobustnessSpec#samples()} draws, each source drawn uniformly and independently
 * from its admissible values with the given seed (simple Monte Carlo sampling of the input space,
 * Saltelli et al. 2008, <i>Global Sensitivity Analysis: The Primer</i>, ch. 1-2).
 *
 * <p>The ranking of sources (tornado) orders them by their effect: the share of the perturbations
 * moving a source that change the verdict, less that share among the perturbations leaving it
 * alone (so a source that merely rides along with others does not rank high); ties by whether
 * moving it alone changes the verdict, then by the swing of the deciding outcome one at a time
 * (the tornado diagram of one-at-a-time sensitivity, Saltelli et al. 2008, ch. 1).
 */
public final class VerdictRobustness {
  private VerdictRobustness() { }

  public static VerdictDistribution of(PerturbationSpace space, RobustnessSpec spec) {
    List<CriterionSpace> vary = space.criteria.stream().filter(CriterionSpace::varies).toList();
    int d = vary.size();
    boolean bandVaries = space.bands.length > 1;
    int dims = d + (bandVaries ? 1 : 0);
    int[] radix = new int[dims];
    int[] idx = new int[vary.size()];
    double[][] altLo = new double[d][], altHi = new double[d][];
    for (int k = 0; k < d; k++) {
      List<Alternative> as = vary.get(k).alternatives();
      radix[k] = as.size();
      idx[k] = vary.get(k).index();
      altLo[k] = as.stream().mapToDouble(Alternative::low).toArray();
      altHi[k] = as.stream().mapToDouble(Alternative::high).toArray();
    }
    if (bandVaries) radix[d] = space.bands.length;

    int n = space.lens.criterionCount();
    double[] lo = new double[n], hi = new double[n];
    fillBase(space, lo, hi);
    Probe probe = new Probe(space);
    VerdictLabel baseCode = probe.verdict(lo, hi, VerdictRule.BAND);

    double size = space.size();
    boolean exhaustive = size <= spec.exhaustiveLimit();
    long total = exhaustive ? (long) size : spec.samples();
    long[] counts = new long[Probe.SLOTS];
    long[] moved = new long[dims], changed = new long[dims];
    long settled = 0, changedTotal = 0;
    double oLow = Double.POSITIVE_INFINITY, oHigh = Double.NEGATIVE_INFINITY;
    int[] pos = new int[dims];
    SplittableRandom rnd = new SplittableRandom(spec.seed());
    for (long t = 0; t < total; t++) {
      if (exhaustive) {
        if (t > 0) { // mixed-radix increment; only the digits that change are written
          int k = 0;
          while (k < dims) {
            pos[k]++;
            if (pos[k] < radix[k]) break;
            pos[k] = 0;
            if (k < d) { lo[idx[k]] = altLo[k][0]; hi[idx[k]] = altHi[k][0]; }
            k++;
          }
          if (k < d) { lo[idx[k]] = altLo[k][pos[k]]; hi[idx[k]] = altHi[k][pos[k]]; }
        }
      } else {
        for (int k = 0; k < dims; k++) {
          pos[k] = rnd.nextInt(radix[k]);
          if (k < d) { lo[idx[k]] = altLo[k][pos[k]]; hi[idx[k]] = altHi[k][pos[k]]; }
        }
      }
      double band = bandVaries ? space.bands[pos[d]] : space.bands[0];
      VerdictLabel code = probe.verdict(lo, hi, band);
      counts[Probe.slot(code)]++;
      if (probe.settled(band)) settled++;
      if (space.deciding >= 0) {
        oLow = Math.min(oLow, probe.decidingLow());
        oHigh = Math.max(oHigh, probe.decidingHigh());
      }
      boolean diff = code != baseCode;
      if (diff) changedTotal++;
      for (int k = 0; k < dims; k++) {
        if (k < d ? pos[k] != 0 : space.bands[pos[k]] != VerdictRule.BAND) {
          moved[k]++;
          if (diff) changed[k]++;
        }
      }
    }

    List<Influence> influences = new ArrayList<>();
    for (int k = 0; k < d; k++) {
      influences.add(alone(space, probe, vary.get(k), baseCode, moved[k], changed[k], effect(total, changedTotal, moved[k], changed[k])));
    }
    if (bandVaries) influences.add(aloneBand(space, probe, baseCode, moved[d], changed[d], effect(total, changedTotal, moved[d], changed[d])));
    influences.sort(Comparator.comparingDouble((Influence i) -> -i.effect())
        .thenComparing(i -> i.aloneLabels().isEmpty())
        .thenComparingDouble(i -> -i.swing())
        .thenComparingDouble(i -> -i.share()));

    Map<String, Long> byLabel = new HashMap<>();
    for (int c = 0; c < counts.length; c++) if (counts[c] > 0) byLabel.merge(Probe.label(Probe.ofSlot(c)), counts[c], Long::sum);
    Map<String, Long> sorted = new LinkedHashMap<>();
    byLabel.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    String label = Probe.label(baseCode);
    String outcome = space.deciding < 0 ? null : space.lens.lens().outcomes().get(space.deciding).id();
    return new VerdictDistribution(space.caseId, space.lens.lens().id(), space.at, label, size, total, exhaustive,
        exhaustive ? null : spec.seed(), sorted, sorted.getOrDefault(label, 0L) / (double) total, settled / (double) total,
        outcome, space.deciding < 0 ? Double.NaN : oLow, space.deciding < 0 ? Double.NaN : oHigh, influences);
  }

  /** P(change | moved) - P(change | not moved). */
  static double effect(long total, long changedTotal, long moved, long changed) {
    double a = moved == 0 ? 0 : changed / (double) moved;
    long still = total - moved;
    double b = still == 0 ? 0 : (changedTotal - changed) / (double) still;
    return a - b;
  }

  /** Writes the assessment's own value of every criterion (the first alternative). */
  static void fillBase(PerturbationSpace space, double[] lo, double[] hi) {
    for (CriterionSpace s : space.criteria) {
      if (s.index() < 0) continue;
      lo[s.index()] = s.base().low();
      hi[s.index()] = s.base().high();
    }
  }

  private static Influence alone(PerturbationSpace space, Probe probe, CriterionSpace s, VerdictLabel baseCode, long moved, long changed, double effect) {
    int n = space.lens.criterionCount();
    double[] lo = new double[n], hi = new double[n];
    fillBase(space, lo, hi);
    double minL = Double.POSITIVE_INFINITY, maxL = Double.NEGATIVE_INFINITY, minH = minL, maxH = maxL;
    List<String> labels = new ArrayList<>();
    for (Alternative a : s.alternatives()) {
      lo[s.index()] = a.low();
      hi[s.index()] = a.high();
      VerdictLabel code = probe.verdict(lo, hi, VerdictRule.BAND);
      if (code != baseCode && !labels.contains(Probe.label(code))) labels.add(Probe.label(code));
      if (space.deciding >= 0) {
        minL = Math.min(minL, probe.decidingLow()); maxL = Math.max(maxL, probe.decidingLow());
        minH = Math.min(minH, probe.decidingHigh()); maxH = Math.max(maxH, probe.decidingHigh());
      }
    }
    double swing = space.deciding < 0 ? 0 : Math.max(maxL - minL, maxH - minH);
    return new Influence(s.criterion(), "criterion", s.alternatives().size(), moved, changed,
        moved == 0 ? 0 : changed / (double) moved, effect, swing, labels);
  }

  private static Influence aloneBand(PerturbationSpace space, Probe probe, VerdictLabel baseCode, long moved, long changed, double effect) {
    int n = space.lens.criterionCount();
    double[] lo = new double[n], hi = new double[n];
    fillBase(space, lo, hi);
    List<String> labels = new ArrayList<>();
    for (double b : space.bands) {
      VerdictLabel code = probe.verdict(lo, hi, b);
      if (code != baseCode && !labels.contains(Probe.label(code))) labels.add(Probe.label(code));
    }
    return new Influence("band", "band", space.bands.length, moved, changed, moved == 0 ? 0 : changed / (double) moved, effect, 0, labels);
  }
}
