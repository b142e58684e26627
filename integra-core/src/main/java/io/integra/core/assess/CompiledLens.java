package io.integra.core.assess;

import io.integra.core.codebook.LensKind;

import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.formula.Formula;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lens compiled once for fast evaluation: criterion ids become array indices and each outcome
 * formula becomes a small tree evaluated on arrays of interval bounds ({@code lo[i]},
 * {@code hi[i]} for criterion {@code i}; unknown is {@code [0,1]}).
 *
 * <p>Fuzzy AND, OR and NOT are monotone (NOT antitone), so the bounds of a formula over an
 * interval are the formula over the bounds, with NOT swapping them (interval arithmetic on
 * Zadeh's operators; Ragin 2000, ch. 6). This gives exactly
 * {@link Formula#evaluate(Map)} without building maps or {@code Membership} objects.
 */
public final class CompiledLens {
  final Lens lens;
  final LensKind kind;
  final String[] criterionIds;
  final Map<String, Integer> index;
  final Node[] outcomes;
  final int pluralistic, readiness, coupling, liExplains, disintegration;

  private CompiledLens(Lens lens) {
    this.lens = lens;
    this.kind = lens.kind();
    List<Criterion> cs = lens.criteria();
    criterionIds = new String[cs.size()];
    index = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      criterionIds[i] = cs.get(i).id();
      index.put(cs.get(i).id(), i);
    }
    List<Outcome> os = lens.outcomes();
    outcomes = new Node[os.size()];
    for (int i = 0; i < os.size(); i++) outcomes[i] = compile(os.get(i).formula());
    pluralistic = roleIndex(os, VerdictRule.ROLE_PLURALISTIC);
    readiness = roleIndex(os, VerdictRule.ROLE_READINESS);
    coupling = roleIndex(os, VerdictRule.ROLE_COUPLING);
    liExplains = roleIndex(os, VerdictRule.ROLE_LI_EXPLAINS);
    disintegration = roleIndex(os, VerdictRule.ROLE_DISINTEGRATION);
  }

  /** Compiles {@code lens}; formulas naming an id that is not a criterion of the lens read it as unknown. */
  public static CompiledLens compile(Lens lens) { return new CompiledLens(lens); }

  public Lens lens() { return lens; }

  public int criterionCount() { return criterionIds.length; }

  public int outcomeCount() { return outcomes.length; }

  /** The array index of a criterion, or -1. */
  public int indexOf(String criterionId) {
    Integer i = index.get(criterionId);
    return i == null ? -1 : i;
  }

  /**
   * Evaluates every outcome: reads criterion bounds {@code lo}/{@code hi} (length
   * {@link #criterionCount()}) and writes outcome bounds to {@code outLo}/{@code outHi}
   * (length {@link #outcomeCount()}, in the lens's outcome order).
   */
  public void evaluate(double[] lo, double[] hi, double[] outLo, double[] outHi) {
    for (int i = 0; i < outcomes.length; i++) {
      outLo[i] = outcomes[i].low(lo, hi);
      outHi[i] = outcomes[i].high(lo, hi);
    }
  }

  /**
   * The verdict for evaluated outcome bounds (see {@link VerdictRule}); null for a lens kind
   * without a verdict rule.
   */
  public VerdictLabel verdict(double[] outLo, double[] outHi, int members, boolean commonGovernment) {
    return VerdictRule.verdict(kind, outLo, outHi, pluralistic, readiness, liExplains, members, commonGovernment);
  }

  private static int roleIndex(List<Outcome> os, String role) {
    for (int i = 0; i < os.size(); i++) if (role.equals(os.get(i).role())) return i;
    return -1;
  }

  private Node compile(Formula f) {
    if (f instanceof Formula.Var v) return new Var(indexOf(v.id()));
    if (f instanceof Formula.Const c) return new Const(c.value());
    if (f instanceof Formula.Not n) return new Not(compile(n.operand()));
    if (f instanceof Formula.And a) {
      if (a.operands().stream().allMatch(o -> o instanceof Formula.Var)) return new AndVars(vars(a.operands()));
      return new And(a.operands().stream().map(this::compile).toArray(Node[]::new));
    }
    if (f instanceof Formula.Or o) {
      if (o.operands().stream().allMatch(x -> x instanceof Formula.Var)) return new OrVars(vars(o.operands()));
      return new Or(o.operands().stream().map(this::compile).toArray(Node[]::new));
    }
    throw new IllegalArgumentException("unknown formula node " + f);
  }

  private int[] vars(List<Formula> fs) {
    return fs.stream().mapToInt(x -> indexOf(((Formula.Var) x).id())).toArray();
  }

  /** A compiled formula: lower and upper bound of its value. */
  interface Node {
    double low(double[] lo, double[] hi);
    double high(double[] lo, double[] hi);
  }

  record Var(int i) implements Node {
    public double low(double[] lo, double[] hi) { return i < 0 ? 0 : lo[i]; }
    public double high(double[] lo, double[] hi) { return i < 0 ? 1 : hi[i]; }
  }

  record Const(double v) implements Node {
    public double low(double[] lo, double[] hi) { return v; }
    public double high(double[] lo, double[] hi) { return v; }
  }

  record Not(Node n) implements Node {
    public double low(double[] lo, double[] hi) { return 1 - n.high(lo, hi); }
    public double high(double[] lo, double[] hi) { return 1 - n.low(lo, hi); }
  }

  /** AND of plain criteria: the codebook's usual shape, a tight loop over indices. */
  record AndVars(int[] is) implements Node {
    public double low(double[] lo, double[] hi) { return min(is, lo, 0); }
    public double high(double[] lo, double[] hi) { return min(is, hi, 1); }
  }

  record OrVars(int[] is) implements Node {
    public double low(double[] lo, double[] hi) { return max(is, lo, 0); }
    public double high(double[] lo, double[] hi) { return max(is, hi, 1); }
  }

  record And(Node[] ns) implements Node {
    public double low(double[] lo, double[] hi) { return min(ns, lo, hi, false); }
    public double high(double[] lo, double[] hi) { return min(ns, lo, hi, true); }
  }

  record Or(Node[] ns) implements Node {
    public double low(double[] lo, double[] hi) { return max(ns, lo, hi, false); }
    public double high(double[] lo, double[] hi) { return max(ns, lo, hi, true); }
  }

  /**
   * Fuzzy AND (minimum, 1 when empty) of the bounds {@code v} at the indices; an index &lt; 0 (a
   * criterion the lens does not have) counts as {@code absent}: 0 for a lower bound, 1 for an upper one.
   */
  private static double min(int[] is, double[] v, double absent) {
    double m = 1;
    for (int i : is) m = Math.min(m, i < 0 ? absent : v[i]);
    return m;
  }

  /** Fuzzy OR (maximum, 0 when empty), as {@link #min(int[], double[], double)}. */
  private static double max(int[] is, double[] v, double absent) {
    double m = 0;
    for (int i : is) m = Math.max(m, i < 0 ? absent : v[i]);
    return m;
  }

  /** Fuzzy AND of the nodes' lower bounds, or of their upper bounds when {@code upper}. */
  private static double min(Node[] ns, double[] lo, double[] hi, boolean upper) {
    double m = 1;
    for (Node n : ns) m = Math.min(m, upper ? n.high(lo, hi) : n.low(lo, hi));
    return m;
  }

  /** Fuzzy OR of the nodes' lower bounds, or of their upper bounds when {@code upper}. */
  private static double max(Node[] ns, double[] lo, double[] hi, boolean upper) {
    double m = 0;
    for (Node n : ns) m = Math.max(m, upper ? n.high(lo, hi) : n.low(lo, hi));
    return m;
  }
}
