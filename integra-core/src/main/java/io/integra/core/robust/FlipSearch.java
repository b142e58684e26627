package io.integra.core.robust;

import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.VerdictRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What would flip the verdict: the smallest sets of criteria whose moving, on the criteria's own
 * scales, changes the assessment's verdict (with the rule's own band). Sets are searched by size
 * (1, 2, ... up to {@link RobustnessSpec#flipMaxSize()}); a set is listed only when no subset of it
 * already flips the verdict (a minimal set), with the assignment of least total scale steps.
 * Candidate values are every point of the criterion's scale (a grid of
 * {@link RobustnessSpec#continuousStep()} on a continuous scale); an uncoded criterion may be coded
 * with any point (one step).
 */
public final class FlipSearch {
  /** Evaluations allowed per search, so that a large lens cannot hang a command. */
  static final long BUDGET = 5_000_000;

  private FlipSearch() { }

  /** The result: the minimal flipping sets, and whether the search stopped before its end. */
  public record Result(String label, List<Flip> flips, int searchedUpTo, boolean truncated) {
    public Result { flips = List.copyOf(flips); }
  }

  public static Result of(PerturbationSpace space, RobustnessSpec spec) {
    List<CriterionSpace> cs = space.criteria.stream().filter(s -> s.index() >= 0).toList();
    int m = cs.size();
    double[][] cand = new double[m][];
    int[][] candSteps = new int[m][];
    for (int i = 0; i < m; i++) {
      CriterionSpace s = cs.get(i);
      double[] pts = PerturbationSpace.points(s.scale(), spec);
      List<double[]> list = new ArrayList<>();
      for (double p : pts) {
        if (s.base().known() && Math.abs(p - s.base().low()) < 1e-9) continue;
        int st = s.base().known() ? PerturbationSpace.steps(s.base().low(), p, s.scale(), spec) : 1;
        list.add(new double[] {p, st});
      }
      list.sort(Comparator.comparingDouble(x -> x[1]));
      cand[i] = list.stream().mapToDouble(x -> x[0]).toArray();
      candSteps[i] = list.stream().mapToInt(x -> (int) x[1]).toArray();
    }
    int n = space.lens.criterionCount();
    double[] lo = new double[n], hi = new double[n];
    VerdictRobustness.fillBase(space, lo, hi);
    Probe probe = new Probe(space);
    VerdictLabel baseCode = probe.verdict(lo, hi, VerdictRule.BAND);

    List<int[]> found = new ArrayList<>();   // minimal flipping sets (criterion positions)
    List<Flip> flips = new ArrayList<>();
    long[] evaluations = {0};
    boolean truncated = false;
    int size = 0;
    for (size = 1; size <= Math.min(spec.flipMaxSize(), m) && !truncated; size++) {
      int[] comb = Combinations.first(size);
      do {
        if (!Combinations.containsFound(comb, found)) {
          int[] best = bestAssignment(comb, cand, candSteps, cs, lo, hi, probe, baseCode, evaluations);
          if (best != null) {
            found.add(comb.clone());
            flips.add(flip(comb, best, cs, cand, candSteps, lo, hi, probe));
          }
          if (evaluations[0] > BUDGET) { truncated = true; break; }
        }
      } while (Combinations.next(comb, m));
    }
    flips.sort(Comparator.comparingInt(Flip::size).thenComparingInt(Flip::steps));
    List<Flip> listed = flips.size() > spec.flipMaxSets() ? flips.subList(0, spec.flipMaxSets()) : flips;
    return new Result(Probe.label(baseCode), listed, Math.min(size - 1, Math.min(spec.flipMaxSize(), m)), truncated);
  }

  /** The assignment of candidate indices over {@code comb} with least total steps that changes the verdict, or null. */
  private static int[] bestAssignment(int[] comb, double[][] cand, int[][] candSteps, List<CriterionSpace> cs,
                                      double[] lo, double[] hi, Probe probe, VerdictLabel baseCode, long[] evaluations) {
    int k = comb.length;
    for (int c : comb) if (cand[c].length == 0) return null;
    int[] pos = new int[k];
    int[] best = null;
    int bestSteps = Integer.MAX_VALUE;
    double[] saveLo = new double[k], saveHi = new double[k];
    for (int j = 0; j < k; j++) { int i = cs.get(comb[j]).index(); saveLo[j] = lo[i]; saveHi[j] = hi[i]; }
    while (true) {
      int steps = 0;
      for (int j = 0; j < k; j++) {
        int i = cs.get(comb[j]).index();
        lo[i] = cand[comb[j]][pos[j]];
        hi[i] = lo[i];
        steps += candSteps[comb[j]][pos[j]];
      }
      evaluations[0]++;
      if (steps < bestSteps && probe.verdict(lo, hi, VerdictRule.BAND) != baseCode) {
        bestSteps = steps;
        best = pos.clone();
      }
      int j = k - 1;
      while (j >= 0 && pos[j] == cand[comb[j]].length - 1) { pos[j] = 0; j--; }
      if (j < 0) break;
      pos[j]++;
    }
    for (int j = 0; j < k; j++) { int i = cs.get(comb[j]).index(); lo[i] = saveLo[j]; hi[i] = saveHi[j]; }
    return best;
  }

  private static Flip flip(int[] comb, int[] pos, List<CriterionSpace> cs, double[][] cand, int[][] candSteps,
                           double[] lo, double[] hi, Probe probe) {
    List<Change> changes = new ArrayList<>();
    int steps = 0;
    for (int j = 0; j < comb.length; j++) {
      CriterionSpace s = cs.get(comb[j]);
      double to = cand[comb[j]][pos[j]];
      int st = candSteps[comb[j]][pos[j]];
      steps += st;
      changes.add(new Change(s.criterion(), s.base().low(), s.base().high(), to, to, st, s.evidence(),
          s.coding() == null ? null : s.coding().rationale(), s.measured()));
    }
    double[] l2 = lo.clone(), h2 = hi.clone();
    for (Change c : changes) {
      int i = space(cs, c.criterion()).index();
      l2[i] = c.toLow();
      h2[i] = c.toHigh();
    }
    String label = Probe.label(probe.verdict(l2, h2, VerdictRule.BAND));
    return new Flip(changes, label, steps);
  }

  private static CriterionSpace space(List<CriterionSpace> cs, String id) {
    return cs.stream().filter(s -> s.criterion().equals(id)).findFirst().orElseThrow();
  }
}
