package io.integra.core.robust;

import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.VerdictRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What separates case A from case B through one lens at one date: the smallest sets of criteria
 * on which giving A the values B has would give A the verdict of B (A keeps its own members and
 * institutions: those are dated facts, not codings). Sets are searched by size among the criteria
 * on which the two differ, up to {@link RobustnessSpec#flipMaxSize()} (all of them when at most
 * 12 differ); only minimal sets are listed.
 *
 * @param caseA     case A
 * @param caseB     case B
 * @param labelA    A's verdict
 * @param labelB    B's verdict
 * @param differing criteria on which A and B differ, in codebook order
 * @param sets      minimal sets of changes that give A the verdict of B (each change: A's value
 *                  to B's, with B's evidence)
 * @param reachable whether B's verdict can be reached through the codings at all (false when the
 *                  difference lies in the facts: members, a common government)
 */
public record Separation(String caseA, String caseB, String labelA, String labelB, List<String> differing,
                         List<Flip> sets, boolean reachable) {
  public Separation {
    differing = List.copyOf(differing);
    sets = List.copyOf(sets);
  }

  public static Separation of(PerturbationSpace a, PerturbationSpace b, RobustnessSpec spec) {
    if (a.lens != b.lens) throw new IllegalArgumentException("both spaces must use the same compiled lens");
    int n = a.lens.criterionCount();
    double[] lo = new double[n], hi = new double[n];
    VerdictRobustness.fillBase(a, lo, hi);
    Probe pa = new Probe(a);
    VerdictLabel codeA = pa.verdict(lo, hi, VerdictRule.BAND);
    double[] blo = new double[n], bhi = new double[n];
    VerdictRobustness.fillBase(b, blo, bhi);
    VerdictLabel codeB = new Probe(b).verdict(blo, bhi, VerdictRule.BAND);

    List<CriterionSpace> diff = new ArrayList<>();
    for (CriterionSpace s : a.criteria) {
      if (s.index() < 0) continue;
      if (Math.abs(lo[s.index()] - blo[s.index()]) > 1e-9 || Math.abs(hi[s.index()] - bhi[s.index()]) > 1e-9) diff.add(s);
    }
    List<String> ids = diff.stream().map(CriterionSpace::criterion).toList();
    if (codeA == codeB) return new Separation(a.caseId, b.caseId, Probe.label(codeA), Probe.label(codeB), ids, List.of(), true);

    int m = diff.size();
    int maxSize = m <= 12 ? m : Math.min(m, spec.flipMaxSize());
    List<int[]> found = new ArrayList<>();
    List<Flip> sets = new ArrayList<>();
    for (int size = 1; size <= maxSize && sets.size() < Math.max(1, spec.flipMaxSets()); size++) {
      int[] comb = Combinations.first(size);
      do {
        if (!Combinations.containsFound(comb, found)) {
          double[] l2 = lo.clone(), h2 = hi.clone();
          for (int j : comb) {
            int i = diff.get(j).index();
            l2[i] = blo[i];
            h2[i] = bhi[i];
          }
          if (pa.verdict(l2, h2, VerdictRule.BAND) == codeB) {
            found.add(comb.clone());
            List<Change> changes = new ArrayList<>();
            int steps = 0;
            for (int j : comb) {
              CriterionSpace s = diff.get(j);
              CriterionSpace sb = b.criteria.stream().filter(x -> x.criterion().equals(s.criterion())).findFirst().orElse(s);
              int st = s.base().known() && sb.base().known()
                  ? PerturbationSpace.steps(s.base().low(), sb.base().low(), s.scale(), RobustnessSpec.DEFAULT) : 1;
              steps += st;
              changes.add(new Change(s.criterion(), s.base().low(), s.base().high(), sb.base().low(), sb.base().high(), st,
                  sb.evidence(), sb.coding() == null ? null : sb.coding().rationale()));
            }
            sets.add(new Flip(changes, Probe.label(codeB), steps));
          }
        }
      } while (Combinations.next(comb, m));
    }
    // reachable: with every differing criterion at B's value, does A get B's verdict?
    double[] l3 = lo.clone(), h3 = hi.clone();
    for (CriterionSpace s : diff) { l3[s.index()] = blo[s.index()]; h3[s.index()] = bhi[s.index()]; }
    boolean reachable = pa.verdict(l3, h3, VerdictRule.BAND) == codeB;
    List<Flip> listed = sets.size() > spec.flipMaxSets() ? sets.subList(0, spec.flipMaxSets()) : sets;
    return new Separation(a.caseId, b.caseId, Probe.label(codeA), Probe.label(codeB), ids, listed, reachable);
  }
}
