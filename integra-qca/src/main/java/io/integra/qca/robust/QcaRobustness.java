package io.integra.qca.robust;

import io.integra.qca.QcaException;
import io.integra.qca.calibrate.Calibration;
import io.integra.qca.data.QcaData;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.notation.Expression;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Robustness of a QCA solution (Oana &amp; Schneider 2024; SetMethods {@code rob.fit},
 * {@code rob.cases}): the analysis is run under the initial setting (IS) and under every test
 * setting (TS) of a sweep over incl.cut, pri.cut, n.cut and calibration anchors; the result holds
 * each setting's solution (model M1, as SetMethods reads it), the robust core (the terms found in
 * every solution, and the membership RC = IS * TS_1 * ... * TS_k), the ranges of solution
 * consistency and coverage, {@link RobustnessFit}, and the cases that change sides. Settings whose
 * minimisation gives no solution are listed with the reason and left out of the test set.
 *
 * <p>Each solution's membership is computed on its own setting's data (a calibration change
 * changes the sets); the outcome Y is the initial setting's.
 */
public final class QcaRobustness {
  /** Largest sweep run at once. */
  public static final int MAX_SETTINGS = 5_000;

  private QcaRobustness() { }

  /**
   * The sweep's input.
   *
   * @param data         the data (raw columns for the calibrated sets, or the sets themselves)
   * @param initial      truth-table options of the initial analysis (outcome, conditions, cut-offs)
   * @param minimize     minimisation options (e.g. parsimonious)
   * @param inclCuts     incl.cut values tried (empty: the initial one only)
   * @param priCuts      pri.cut values tried (empty: the initial one only)
   * @param nCuts        n.cut values tried (empty: the initial one only)
   * @param calibrations calibration ranges of raw columns (empty: the data's sets as given)
   */
  public record Input(QcaData data, TruthTableOptions initial, MinimizeOptions minimize, List<Double> inclCuts,
                      List<Double> priCuts, List<Integer> nCuts, List<CalibrationRange> calibrations) {
    public Input {
      inclCuts = List.copyOf(inclCuts);
      priCuts = List.copyOf(priCuts);
      nCuts = List.copyOf(nCuts);
      calibrations = List.copyOf(calibrations);
    }
  }

  /** A case that changes sides: in the initial solution but not in every test solution, or the reverse. */
  public record SideChange(String caseId, double initial, double minTs, double maxTs, double outcome, String kind) { }

  /**
   * The sweep's result.
   *
   * @param initial       the initial setting's solution
   * @param tests         every test setting's solution (the initial setting excluded)
   * @param robustCore    terms found in the initial and every solved test solution
   * @param consistency   [min, max] solution consistency over the solved settings
   * @param coverage      [min, max] solution coverage
   * @param fit           the robustness fit parameters
   * @param sideChanges   cases in IS but not in minTS ("shaky"), or not in IS but in maxTS ("possible")
   * @param cases         case labels
   * @param rc            membership in the robust core
   * @param coreExpression the robust core as an expression: IS * TS_1 * ... * TS_k in Boolean algebra
   *                      (as SetMethods' {@code robust.intersections}), or null when it grows too long
   */
  public record Result(SweepResult initial, List<SweepResult> tests, List<String> robustCore, double[] consistency,
                       double[] coverage, RobustnessFit fit, List<SideChange> sideChanges, List<String> cases, double[] rc,
                       String coreExpression) {
    public Result {
      tests = List.copyOf(tests);
      robustCore = List.copyOf(robustCore);
      sideChanges = List.copyOf(sideChanges);
      cases = List.copyOf(cases);
    }
  }

  public static Result run(Input in) {
    Setting initialSetting = new Setting(in.initial().inclCut1(), in.initial().priCut(), in.initial().nCut(), initialAnchors(in));
    List<Setting> settings = settings(in);
    if (settings.size() > MAX_SETTINGS) {
      throw new QcaException("the sweep has " + settings.size() + " settings; at most " + MAX_SETTINGS + " at once (narrow the ranges)");
    }
    SweepResult initial = solve(in, initialSetting);
    if (!initial.solved()) throw new QcaException("the initial setting gives no solution: " + initial.error());
    QcaData initialData = calibrated(in, initialSetting);
    double[] y = outcome(initialData, in.initial());
    List<SweepResult> tests = new ArrayList<>();
    for (Setting s : settings) {
      if (s.equals(initialSetting)) continue;
      tests.add(solve(in, s));
    }
    int n = y.length;
    double[] is = initial.membership();
    double[] rc = is.clone(), minTs = null, maxTs = null;
    Set<String> core = new LinkedHashSet<>(initial.terms());
    double[] cons = {initial.consistency(), initial.consistency()}, cov = {initial.coverage(), initial.coverage()};
    for (SweepResult t : tests) {
      if (!t.solved()) continue;
      double[] m = t.membership();
      if (minTs == null) { minTs = m.clone(); maxTs = m.clone(); }
      for (int i = 0; i < n; i++) {
        rc[i] = Math.min(rc[i], m[i]);
        minTs[i] = Math.min(minTs[i], m[i]);
        maxTs[i] = Math.max(maxTs[i], m[i]);
      }
      core.retainAll(t.terms());
      cons[0] = Math.min(cons[0], t.consistency()); cons[1] = Math.max(cons[1], t.consistency());
      cov[0] = Math.min(cov[0], t.coverage()); cov[1] = Math.max(cov[1], t.coverage());
    }
    if (minTs == null) { minTs = is.clone(); maxTs = is.clone(); }
    RobustnessFit fit = RobustnessFit.of(is, rc, minTs, maxTs, y);
    List<SideChange> sides = new ArrayList<>();
    List<String> cases = initialData.cases();
    for (int i = 0; i < n; i++) {
      // SetMethods rob.cases: S1*s2 > 0.5 "shaky" (in IS, out of minTS); s1*S3 > 0.5 "possible" (out of IS, in maxTS)
      if (Math.min(is[i], 1 - minTs[i]) > 0.5) sides.add(new SideChange(cases.get(i), is[i], minTs[i], maxTs[i], y[i], "shaky"));
      else if (Math.min(1 - is[i], maxTs[i]) > 0.5) sides.add(new SideChange(cases.get(i), is[i], minTs[i], maxTs[i], y[i], "possible"));
    }
    String coreExpression;
    try {
      List<TheoryEvaluation.Product> acc = TheoryEvaluation.parse(initial.solution());
      Set<String> seen = new LinkedHashSet<>(List.of(initial.solution()));
      for (SweepResult t : tests) if (t.solved() && seen.add(t.solution())) acc = TheoryEvaluation.and(acc, TheoryEvaluation.parse(t.solution()));
      coreExpression = TheoryEvaluation.write(acc);
    } catch (QcaException e) {
      coreExpression = null; // multi-value notation, or too long to expand
    }
    return new Result(initial, tests, new ArrayList<>(core), cons, cov, fit, sides, cases, rc, coreExpression);
  }

  private static Map<String, List<Double>> initialAnchors(Input in) {
    Map<String, List<Double>> m = new LinkedHashMap<>();
    for (CalibrationRange c : in.calibrations()) m.put(c.set(), List.of(c.initial()[0], c.initial()[1], c.initial()[2]));
    return m;
  }

  /** Every combination of the ranges (the initial value stands in for an empty range). */
  static List<Setting> settings(Input in) {
    List<Double> incl = in.inclCuts().isEmpty() ? List.of(in.initial().inclCut1()) : in.inclCuts();
    List<Double> pri = in.priCuts().isEmpty() ? List.of(in.initial().priCut()) : in.priCuts();
    List<Integer> ncut = in.nCuts().isEmpty() ? List.of(in.initial().nCut()) : in.nCuts();
    List<Map<String, List<Double>>> anchorSets = new ArrayList<>();
    anchorSets.add(new LinkedHashMap<>());
    for (CalibrationRange c : in.calibrations()) {
      List<Map<String, List<Double>>> next = new ArrayList<>();
      List<double[]> combos = c.combinations();
      if (combos.isEmpty()) throw new QcaException("no ordered combination of anchors for " + c.set());
      for (Map<String, List<Double>> a : anchorSets) {
        for (double[] k : combos) {
          Map<String, List<Double>> m = new LinkedHashMap<>(a);
          m.put(c.set(), List.of(k[0], k[1], k[2]));
          next.add(m);
        }
        if (anchorSets.size() * (long) combos.size() > MAX_SETTINGS) break;
      }
      anchorSets = next;
    }
    List<Setting> out = new ArrayList<>();
    for (double ic : incl) for (double pc : pri) for (int nc : ncut) for (Map<String, List<Double>> a : anchorSets) {
      out.add(new Setting(ic, pc, nc, a));
      if (out.size() > MAX_SETTINGS) return out;
    }
    return out;
  }

  static QcaData calibrated(Input in, Setting s) {
    QcaData d = in.data();
    for (CalibrationRange c : in.calibrations()) {
      List<Double> a = s.anchors().get(c.set());
      d = d.with(c.set(), Calibration.fuzzy(in.data().column(c.raw()), a.get(0), a.get(1), a.get(2), Calibration.Options.DEFAULT));
    }
    return d;
  }

  static double[] outcome(QcaData d, TruthTableOptions o) {
    String out = o.outcome().trim();
    boolean neg = out.startsWith("~");
    double[] y = d.column(neg ? out.substring(1).trim() : out).clone();
    if (neg) for (int i = 0; i < y.length; i++) y[i] = 1 - y[i];
    return y;
  }

  static SweepResult solve(Input in, Setting s) {
    QcaData d = calibrated(in, s);
    TruthTableOptions o = in.initial().inclCut(s.inclCut(), Math.min(s.inclCut(), in.initial().inclCut0() == in.initial().inclCut1()
        ? s.inclCut() : in.initial().inclCut0())).priCut(s.priCut()).nCut(s.nCut());
    try {
      TruthTable tt = TruthTable.build(d, o);
      Minimization m = Minimizer.minimize(tt, in.minimize());
      List<List<String>> models = m.writtenModels(m.solution());
      if (models.isEmpty()) return new SweepResult(s, null, List.of(), 0, Double.NaN, Double.NaN, null, "no model");
      List<String> terms = models.get(0);
      String text = String.join(" + ", terms);
      double[] mem = Expression.parse(text).membership(d);
      ModelFit mf = m.solution().modelFits().isEmpty() ? null : m.solution().modelFits().get(0);
      double cons, cov;
      if (mf != null && mf.solution() != null) {
        cons = mf.solution().inclS();
        cov = mf.solution().covS();
      } else {
        var f = io.integra.qca.fuzzy.Fit.sufficiency(text, mem, outcome(d, o));
        cons = f.inclS();
        cov = f.covS();
      }
      return new SweepResult(s, text, terms, models.size(), cons, cov, mem, null);
    } catch (QcaException e) {
      return new SweepResult(s, null, List.of(), 0, Double.NaN, Double.NaN, null, e.getMessage());
    }
  }
}
