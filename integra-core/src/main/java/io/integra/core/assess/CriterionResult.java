package io.integra.core.assess;

import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Role;
import io.integra.core.formula.Membership;
import io.integra.core.indicator.MeasuredMembership;
import java.util.List;

/**
 * One criterion of the lens at the date.
 *
 * @param criterion    the codebook's criterion
 * @param membership   the membership the assessment uses: the coded score where the coding in force
 *                     codes it, else the measured one (with {@link io.integra.core.indicator.Precedence#MEASURED},
 *                     the measured one where it exists), else {@link Membership#UNKNOWN}
 * @param coding       the coder's entry (score, rationale, evidence), or null when uncoded
 * @param measured     the membership measured from data for the year of the date, or null
 * @param disagreement how the coded and measured memberships part, or null (one or both missing, or they agree)
 */
public record CriterionResult(Criterion criterion, Membership membership, CriterionCoding coding,
                              MeasuredMembership measured, Disagreement disagreement) {

  /** A coded-only result (no measured value). */
  public CriterionResult(Criterion criterion, Membership membership, CriterionCoding coding) {
    this(criterion, membership, coding, null, null);
  }

  /** What the membership of a criterion rests on. */
  public enum Basis {
    CODED, MEASURED, BOTH, UNKNOWN;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
  }

  /**
   * The coded and the measured membership part: they lie on opposite sides of the 0.5 crossover,
   * or differ by at least one step of the coding's scale.
   *
   * @param coded      the coded score
   * @param measured   the measured membership
   * @param difference {@code measured - coded}
   * @param step       the scale step used (the smallest gap between two points of the coding's scale)
   * @param kind       {@code opposite-sides} or {@code scale-step}
   */
  public record Disagreement(double coded, double measured, double difference, double step, String kind) {
    /** The disagreement of two memberships, or null when they agree (see the record comment). */
    public static Disagreement of(double coded, double measured, double step) {
      boolean opposite = VerdictRule.holds(coded) != VerdictRule.holds(measured);
      double d = measured - coded;
      if (opposite) return new Disagreement(coded, measured, d, step, "opposite-sides");
      if (Math.abs(d) >= step - 1e-9) return new Disagreement(coded, measured, d, step, "scale-step");
      return null;
    }
  }

  public String id() { return criterion.id(); }

  /** Whether the criterion is coded at the date. */
  public boolean coded() { return coding != null; }

  /** Whether a measured value exists for the year of the date. */
  public boolean hasMeasured() { return measured != null; }

  /** coded, measured, both or unknown. */
  public Basis basis() {
    if (coding != null) return measured != null ? Basis.BOTH : Basis.CODED;
    return measured != null ? Basis.MEASURED : Basis.UNKNOWN;
  }

  /** Whether the membership used is known (coded or measured). */
  public boolean known() { return basis() != Basis.UNKNOWN; }

  /** Weber's divergence from the ideal type: {@code 1 - membership}; unknown stays unknown. */
  public Membership gap() { return membership.not(); }

  public boolean has(Role role) { return criterion.has(role); }

  /** The evidence behind the score (empty when uncoded). */
  public List<Evidence> evidence() { return coding == null ? List.of() : coding.evidence(); }

  /** The coder's rationale, or null. */
  public String rationale() { return coding == null ? null : coding.rationale(); }
}
