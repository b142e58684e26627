package io.integra.core.assess;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.formula.Membership;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.indicator.MeasuredMemberships;
import io.integra.core.indicator.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment engine's entry point: assesses cases through the lenses of one codebook.
 * Immutable and thread-safe; each lens is compiled once ({@link CompiledLens}).
 *
 * <pre>{@code
 * Assessor assessor = new Assessor(base.codebook());
 * Assessment a = assessor.assess(base.find("x").orElseThrow(), "deutsch-1957", LocalDate.of(2016, 6, 30), null);
 * a.verdict().label();   // VerdictLabel.NONE, TRANSITION, PLURALISTIC, AMALGAMATED ...
 * }</pre>
 *
 * <p>Arguments are checked: an unknown lens id raises {@link IllegalArgumentException} naming
 * the known ones (adapters turn it into a user message).
 */
public final class Assessor {
  private final Codebook codebook;
  private final MeasuredMemberships measured;
  private final Precedence precedence;
  private final Map<String, CompiledLens> lenses = new LinkedHashMap<>();

  /** Coded memberships only. */
  public Assessor(Codebook codebook) { this(codebook, MeasuredMemberships.NONE, Precedence.CODED); }

  /** Coded memberships, and measured ones where a criterion is not coded (the coded one decides). */
  public Assessor(Codebook codebook, MeasuredMemberships measured) { this(codebook, measured, Precedence.CODED); }

  /**
   * @param measured   measured memberships by case, lens, criterion and year ({@link MeasuredMemberships#NONE}: none)
   * @param precedence which one decides where a criterion is both coded and measured
   */
  public Assessor(Codebook codebook, MeasuredMemberships measured, Precedence precedence) {
    this.codebook = codebook;
    this.measured = measured == null ? MeasuredMemberships.NONE : measured;
    this.precedence = precedence == null ? Precedence.CODED : precedence;
    for (Lens l : codebook.lenses()) lenses.put(l.id(), CompiledLens.compile(l));
  }

  public Codebook codebook() { return codebook; }

  /** The measured memberships this assessor uses (possibly {@link MeasuredMemberships#NONE}). */
  public MeasuredMemberships measured() { return measured; }

  public Precedence precedence() { return precedence; }

  /**
   * The membership used for one criterion (NaN: unknown): the coded score where it exists, else
   * the measured one; with {@link Precedence#MEASURED} the measured one where it exists. Shared
   * with {@link CompiledCase} so that the fast path gives the same result.
   */
  static double used(CriterionCoding cc, MeasuredMembership mm, Precedence precedence) {
    if (cc != null && (mm == null || precedence == Precedence.CODED)) return cc.score();
    if (mm != null) return mm.membership();
    return Double.NaN;
  }

  /** The smallest gap between two points of the coding's scale; 1/3 (the four-value step) when continuous or unknown. */
  double step(Coding coding) {
    var scale = coding == null || coding.scale() == null ? null : codebook.scale(coding.scale()).orElse(null);
    if (scale == null || scale.points().size() < 2) return 1.0 / 3;
    double[] v = scale.points().stream().mapToDouble(io.integra.core.codebook.Scale.Point::value).sorted().toArray();
    double min = 1;
    for (int i = 1; i < v.length; i++) if (v[i] - v[i - 1] > 1e-9) min = Math.min(min, v[i] - v[i - 1]);
    return min;
  }

  /** The compiled lens (fast path), or {@link IllegalArgumentException} for an unknown id. */
  public CompiledLens compiled(String lensId) {
    CompiledLens cl = lenses.get(lensId);
    if (cl == null) throw new IllegalArgumentException("unknown lens '" + lensId + "'; known lenses: " + String.join(", ", lenses.keySet()));
    return cl;
  }

  /** The coders who coded {@code c} through {@code lensId}, in file order. */
  public static List<String> coders(IntegrationCase c, String lensId) {
    return c.codings().stream().filter(k -> k.lens().equals(lensId)).map(Coding::coder).distinct().toList();
  }

  /**
   * Assesses case {@code c} through lens {@code lensId} at {@code at}, reading the coding of
   * {@code coder} (null: the deciding coding, see {@link io.integra.core.cases.DecidingCoding};
   * the other coders' codings are then listed in {@link Assessment#otherCoders()}).
   */
  public Assessment assess(IntegrationCase c, String lensId, LocalDate at, String coder) {
    CompiledLens cl = compiled(lensId);
    Lens lens = cl.lens;
    Coding coding = c.codingAt(lensId, at, coder).orElse(null);
    int n = cl.criterionCount();
    double[] lo = new double[n], hi = new double[n];
    List<CriterionResult> criteria = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Criterion cr = lens.criteria().get(i);
      CriterionCoding cc = coding == null ? null : coding.criterion(cr.id()).orElse(null);
      MeasuredMembership mm = measured.find(c.id(), lensId, cr.id(), at.getYear()).orElse(null);
      double v = used(cc, mm, precedence);
      Membership m = Double.isNaN(v) ? Membership.UNKNOWN : Membership.of(v);
      lo[i] = m.low();
      hi[i] = m.high();
      CriterionResult.Disagreement dis = cc != null && mm != null ? CriterionResult.Disagreement.of(cc.score(), mm.membership(), step(coding)) : null;
      criteria.add(new CriterionResult(cr, m, cc, mm, dis));
    }
    double[] ol = new double[cl.outcomeCount()], oh = new double[cl.outcomeCount()];
    cl.evaluate(lo, hi, ol, oh);
    List<OutcomeResult> outcomes = new ArrayList<>();
    for (int i = 0; i < ol.length; i++) outcomes.add(new OutcomeResult(lens.outcomes().get(i), new Membership(ol[i], oh[i])));

    List<String> members = c.membersAt(at);
    List<String> government = c.institutions().stream().filter(i -> i.commonGovernment() && i.existsAt(at)).map(Institution::id).toList();
    VerdictLabel code = cl.verdict(ol, oh, members.size(), !government.isEmpty());
    Verdict verdict = new Verdict(code, VerdictRule.coupling(code, cl.coupling, ol, oh),
        cl.readiness < 0 ? null : new Membership(ol[cl.readiness], oh[cl.readiness]), government,
        VerdictRule.reasons(cl, code, ol, oh, members.size(), government));

    CompiledCase compiled = CompiledCase.compile(c, cl, coder, measured, precedence);
    return new Assessment(c.id(), c.name(), lens.id(), lens.kind(), at, coding == null ? null : coding.coder(),
        members, c.suspendedAt(at), criteria, outcomes, verdict,
        IdealTypeDivergence.of(lens, criteria),
        DimensionScoring.of(codebook, c, at, criteria),
        ObjectiveCoverage.of(lens, criteria),
        DisintegrationWatch.of(c, at, criteria, outcomes, compiled),
        coder == null ? OtherCoding.of(c, lensId, at, coding) : List.of());
  }

  /** Several cases side by side at one date (see {@link CaseComparison}). */
  public Comparison compare(List<IntegrationCase> cases, String lensId, LocalDate at, String coder) {
    List<Assessment> as = cases.stream().map(c -> assess(c, lensId, at, coder)).toList();
    return CaseComparison.of(lensId, at, as);
  }

  /**
   * The case year by year from {@code fromYear} to {@code toYear} (see {@link TimelineBuilder});
   * points after {@code today} are left out.
   */
  public Timeline timeline(IntegrationCase c, String lensId, String coder, int fromYear, int toYear, LocalDate today) {
    return TimelineBuilder.build(c, compiled(lensId), coder, fromYear, toYear, today, measured, precedence);
  }
}
