package io.integra.core.robust;

import io.integra.core.assess.Assessor;
import io.integra.core.assess.CompiledLens;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Scale;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.indicator.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that may vary in the assessment of one case through one lens at one date: for each
 * criterion its admissible values ({@link CriterionSpace}), and the transition band half-widths.
 * The joint space is their Cartesian product. The facts of the date (full members, common
 * government) are not perturbed: they are dated facts, not codings.
 *
 * <p>Sources (docs/robustness.md): the coded score and its neighbours on its scale (within
 * {@code scaleSteps}); every other coder's score for the criterion in a coding that holds at the
 * date; memberships under every admissible combination of calibration anchors when the criterion
 * has a raw value and an anchor range; for an uncoded criterion, the interval {@code [0,1]} or
 * every point of the scale ({@link UncodedMode}).
 */
public final class PerturbationSpace {
  final CompiledLens lens;
  final String caseId;
  final LocalDate at;
  final List<CriterionSpace> criteria;
  final double[] bands;
  final int members;
  final boolean commonGovernment;
  final int deciding;

  private PerturbationSpace(CompiledLens lens, String caseId, LocalDate at, List<CriterionSpace> criteria, double[] bands,
                            int members, boolean commonGovernment) {
    this.lens = lens;
    this.caseId = caseId;
    this.at = at;
    this.criteria = List.copyOf(criteria);
    this.bands = bands;
    this.members = members;
    this.commonGovernment = commonGovernment;
    this.deciding = decidingIndex(lens.lens());
  }

  /**
   * The space of case {@code c} through {@code lens} at {@code at}. {@code coder} picks the
   * deciding coding as {@link IntegrationCase#codingAt} does (null: the first of the period);
   * {@code raw} holds raw values of measured criteria (may be empty).
   */
  public static PerturbationSpace of(CompiledLens lens, Codebook codebook, IntegrationCase c, LocalDate at, String coder,
                                     RobustnessSpec spec, Map<String, Double> raw) {
    Lens l = lens.lens();
    Coding coding = c.codingAt(l.id(), at, coder).orElse(null);
    List<Coding> all = c.codingsAt(l.id(), at);
    List<CriterionSpace> spaces = new ArrayList<>();
    for (Criterion cr : l.criteria()) {
      CriterionCoding cc = coding == null ? null : coding.criterion(cr.id()).orElse(null);
      Scale scale = scaleOf(codebook, coding, spec);
      List<Alternative> alts = new ArrayList<>();
      if (cc != null) {
        alts.add(new Alternative(cc.score(), cc.score(), "coded", 0));
        for (Alternative a : neighbours(cc.score(), scale, spec)) add(alts, a);
        if (spec.coders()) {
          for (Coding other : all) {
            if (other == coding) continue;
            other.criterion(cr.id()).ifPresent(o -> add(alts, new Alternative(o.score(), o.score(), "coder:" + other.coder(),
                steps(cc.score(), o.score(), scale, spec))));
          }
        }
      } else {
        alts.add(new Alternative(0, 1, "uncoded", 0));
        if (spec.uncoded() == UncodedMode.SCALE && scale != null) {
          for (double p : points(scale, spec)) add(alts, new Alternative(p, p, "scale-point", 1));
          alts.remove(0); // the interval is replaced by the points it stands for
        }
        if (spec.coders()) {
          for (Coding other : all) {
            if (other == coding) continue;
            other.criterion(cr.id()).ifPresent(o -> add(alts, new Alternative(o.score(), o.score(), "coder:" + other.coder(), 1)));
          }
        }
      }
      Double x = raw.get(cr.id());
      if (x != null) {
        spec.anchor(cr.id()).ifPresent(ar -> {
          for (double m : ar.withRaw(x).memberships()) add(alts, new Alternative(m, m, "anchor", 1));
        });
      }
      spaces.add(new CriterionSpace(cr.id(), lens.indexOf(cr.id()), alts, scale, cc));
    }
    int members = c.membersAt(at).size();
    boolean cg = c.institutions().stream().anyMatch(i -> i.commonGovernment() && i.existsAt(at));
    double[] bands = spec.bands().stream().mapToDouble(Double::doubleValue).toArray();
    return new PerturbationSpace(lens, c.id(), at, spaces, bands, members, cg);
  }

  /**
   * The space of case {@code c} through lens {@code lensId} at {@code at} as {@code assessor}
   * assesses it: a criterion whose membership at the date is measured (no coding, or the assessor
   * prefers measured ones, docs/measured.md) starts from the measured membership (source
   * {@code measured}) and is perturbed over its calibration anchors ({@link MeasuredAnchors}: the
   * robustness section's range, else the default around the recipe's anchors); a coded criterion
   * is perturbed as in {@link #of(CompiledLens, Codebook, IntegrationCase, LocalDate, String, RobustnessSpec, Map)}.
   * The unperturbed assessment is therefore the assessor's own.
   */
  public static PerturbationSpace of(Assessor assessor, IntegrationCase c, String lensId, LocalDate at, String coder, RobustnessSpec spec) {
    CompiledLens cl = assessor.compiled(lensId);
    Codebook codebook = assessor.codebook();
    Map<String, MeasuredMembership> decides = new HashMap<>();
    Coding coding = c.codingAt(lensId, at, coder).orElse(null);
    for (Criterion cr : cl.lens().criteria()) {
      MeasuredMembership mm = assessor.measured().find(c.id(), lensId, cr.id(), at.getYear()).orElse(null);
      if (mm == null) continue;
      boolean coded = coding != null && coding.criterion(cr.id()).isPresent();
      if (!coded || assessor.precedence() == Precedence.MEASURED) decides.put(cr.id(), mm);
    }
    if (decides.isEmpty()) return of(cl, codebook, c, at, coder, spec, Map.of());
    PerturbationSpace base = of(cl, codebook, c, at, coder, spec, Map.of());
    List<Coding> all = c.codingsAt(lensId, at);
    List<CriterionSpace> spaces = new ArrayList<>();
    for (CriterionSpace s : base.criteria) {
      MeasuredMembership mm = decides.get(s.criterion());
      if (mm == null) { spaces.add(s); continue; }
      List<Alternative> alts = new ArrayList<>();
      alts.add(new Alternative(mm.membership(), mm.membership(), "measured", 0));
      for (double m : MeasuredAnchors.range(mm, spec).memberships()) {
        // the memberships are rounded to 1e-6: the recipe's own anchors give the measured value itself
        double v = Math.abs(m - mm.membership()) < 1e-6 ? mm.membership() : m;
        add(alts, new Alternative(v, v, "anchor", 1));
      }
      // the coded scores stay admissible where the measured one was preferred to them
      if (s.coding() != null) add(alts, new Alternative(s.coding().score(), s.coding().score(), "coded", 1));
      if (spec.coders()) {
        for (Coding other : all) {
          if (other == coding) continue;
          other.criterion(s.criterion()).ifPresent(o -> add(alts, new Alternative(o.score(), o.score(), "coder:" + other.coder(), 1)));
        }
      }
      spaces.add(new CriterionSpace(s.criterion(), s.index(), alts, s.scale(), s.coding(), mm));
    }
    return new PerturbationSpace(cl, c.id(), at, spaces, base.bands, base.members, base.commonGovernment);
  }

  /** A space built directly (tests, scenarios): the given criterion spaces and facts. */
  public static PerturbationSpace of(CompiledLens lens, String caseId, LocalDate at, List<CriterionSpace> criteria, List<Double> bands,
                                     int members, boolean commonGovernment) {
    return new PerturbationSpace(lens, caseId, at, criteria, bands.stream().mapToDouble(Double::doubleValue).toArray(), members, commonGovernment);
  }

  /** Adds an admissible value once; a value two sources give keeps both names (e.g. {@code scale+coder:ana}). */
  private static void add(List<Alternative> alts, Alternative a) {
    for (int i = 0; i < alts.size(); i++) {
      Alternative b = alts.get(i);
      if (!b.sameValue(a)) continue;
      if (!b.source().contains(a.source())) alts.set(i, new Alternative(b.low(), b.high(), b.source() + "+" + a.source(), Math.min(b.steps(), a.steps())));
      return;
    }
    alts.add(a);
  }

  /** The scale of the coding in force, else the spec's uncoded scale, else the codebook's first scale with points. */
  static Scale scaleOf(Codebook cb, Coding coding, RobustnessSpec spec) {
    if (coding != null && coding.scale() != null) {
      var s = cb.scale(coding.scale());
      if (s.isPresent()) return s.get();
    }
    if (spec.uncodedScale() != null) {
      var s = cb.scale(spec.uncodedScale());
      if (s.isPresent()) return s.get();
    }
    return cb.scales().stream().filter(s -> !s.continuous()).findFirst().orElse(cb.scales().isEmpty() ? null : cb.scales().get(0));
  }

  /** The values of a scale in increasing order (a grid of {@code continuousStep} for a continuous one). */
  static double[] points(Scale scale, RobustnessSpec spec) {
    if (scale == null) return new double[0];
    if (!scale.continuous()) return scale.points().stream().mapToDouble(Scale.Point::value).sorted().distinct().toArray();
    int n = (int) Math.round(1 / spec.continuousStep());
    double[] out = new double[n + 1];
    for (int i = 0; i <= n; i++) out[i] = Math.min(1, round(i * spec.continuousStep()));
    return out;
  }

  /** Scores within {@code scaleSteps} steps of {@code score} on its scale, nearest first. */
  static List<Alternative> neighbours(double score, Scale scale, RobustnessSpec spec) {
    List<Alternative> out = new ArrayList<>();
    if (spec.scaleSteps() == 0 || scale == null) return out;
    if (scale.continuous()) {
      for (int k = 1; k <= spec.scaleSteps(); k++) {
        double down = round(score - k * spec.continuousStep()), up = round(score + k * spec.continuousStep());
        if (down >= 0) out.add(new Alternative(down, down, "scale", k));
        if (up <= 1) out.add(new Alternative(up, up, "scale", k));
      }
      return out;
    }
    double[] p = points(scale, spec);
    // position of the score: on a point, or between two (an off-scale score moves to the points around it)
    int below = -1, above = p.length;
    for (int i = 0; i < p.length; i++) {
      if (p[i] < score - 1e-9) below = i;
      if (p[i] > score + 1e-9) { above = i; break; }
    }
    for (int k = 1; k <= spec.scaleSteps(); k++) {
      int d = below - (k - 1), u = above + (k - 1);
      if (d >= 0) out.add(new Alternative(p[d], p[d], "scale", k));
      if (u < p.length) out.add(new Alternative(p[u], p[u], "scale", k));
    }
    return out;
  }

  /** Steps between two scores on a scale (at least 1 when they differ). */
  static int steps(double from, double to, Scale scale, RobustnessSpec spec) {
    if (Math.abs(from - to) < 1e-9) return 0;
    if (scale == null) return 1;
    if (scale.continuous()) return Math.max(1, (int) Math.round(Math.abs(to - from) / spec.continuousStep()));
    double[] p = points(scale, spec);
    int n = 0;
    double lo = Math.min(from, to), hi = Math.max(from, to);
    for (double x : p) if (x > lo + 1e-9 && x < hi - 1e-9) n++;
    return n + 1;
  }

  private static double round(double x) { return Math.round(x * 1e9) / 1e9; }

  /** The outcome whose place against the band decides the verdict: role {@code pluralistic} or {@code li-explains}; -1 for other lens kinds. */
  static int decidingIndex(Lens lens) {
    String role = VerdictRule.decidingRole(lens.kind());
    if (role == null) return -1;
    for (int i = 0; i < lens.outcomes().size(); i++) if (role.equals(lens.outcomes().get(i).role())) return i;
    return -1;
  }

  public CompiledLens lens() { return lens; }

  public String caseId() { return caseId; }

  public LocalDate at() { return at; }

  public List<CriterionSpace> criteria() { return criteria; }

  public int members() { return members; }

  public boolean commonGovernment() { return commonGovernment; }

  /** The band half-widths tried. */
  public double[] bands() { return bands.clone(); }

  /** Size of the joint space: product of the numbers of admissible values, times the bands. */
  public double size() {
    double n = bands.length;
    for (CriterionSpace s : criteria) n *= s.alternatives().size();
    return n;
  }

  /** The criteria that vary, largest first (for summaries). */
  public List<CriterionSpace> varying() {
    return criteria.stream().filter(CriterionSpace::varies)
        .sorted(Comparator.comparingInt((CriterionSpace s) -> -s.alternatives().size())).toList();
  }
}
