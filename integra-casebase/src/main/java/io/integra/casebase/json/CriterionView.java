package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.integra.core.assess.CriterionResult;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Role;
import io.integra.core.indicator.IndicatorReading;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One criterion of an assessment: the membership the assessment uses, its interval and gap, the
 * deciding coding's rationale and evidence, and (docs/measured.md) its basis, coded score, measured
 * membership and any disagreement of the two.
 *
 * @param indicator the data-based reading; present only when readings were asked for and the
 *                  criterion has a recipe
 */
public record CriterionView(String id, String name, List<String> roles, String dimension, Double membership,
                            Interval interval, Double gap, String rationale, List<? extends EvidenceItem> evidence,
                            String basis, Double coded, MeasuredView measured, DisagreementView disagreement,
                            @JsonInclude(JsonInclude.Include.NON_NULL) IndicatorView indicator) {

  /** {@code {coded, measured, difference, step, kind}}: the coded and the measured membership part. */
  public record DisagreementView(double coded, double measured, double difference, double step, String kind) {
    static DisagreementView of(CriterionResult.Disagreement d) {
      return d == null ? null : new DisagreementView(d.coded(), d.measured(), d.difference(), d.step(), d.kind());
    }
  }

  public static CriterionView of(CriterionResult c) { return of(c, null, EvidenceView::of); }

  public static CriterionView of(CriterionResult c, IndicatorReading reading, Function<Evidence, ? extends EvidenceItem> evidence) {
    return new CriterionView(c.id(), c.criterion().name(), roles(c.criterion().roles()), c.criterion().dimension(),
        c.membership().value(), Interval.of(c.membership()), c.gap().value(), c.rationale(),
        c.evidence().stream().map(evidence).toList(), c.basis().id(), c.coding() == null ? null : c.coding().score(),
        c.measured() == null ? null : MeasuredView.of(c), DisagreementView.of(c.disagreement()),
        reading == null ? null : IndicatorView.of(reading));
  }

  /** Role ids in the order of {@link Role}. */
  public static List<String> roles(java.util.Collection<Role> roles) {
    return roles.stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).toList();
  }
}
