package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Role;
import io.integra.core.indicator.IndicatorReading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The full assessment of one case through one lens at one date: the JSON of
 * {@code integra assess --format json} and (with cited evidence) of {@code /api/assess}
 * (docs/assessment.md). Component order is the key order of the JSON.
 *
 * <p>Memberships: a known value is a number; an unknown one is {@code null} where a single number
 * is asked for, and the interval is given beside it as {@code {"low": .., "high": ..}}.
 *
 * @param stages       the liberal-intergovernmentalist stages; absent when the lens has none
 * @param indicatorNote present only when data-based indicator readings are shown beside the criteria
 */
public record AssessmentView(@JsonProperty("case") String caseId, String caseName, String lens, String lensKind, String at,
                             String coder, List<String> members, List<String> suspended, List<CriterionView> criteria,
                             Map<String, Double> outcomes, List<OutcomeView> outcomeIntervals, String verdict,
                             List<String> verdictReasons, boolean verdictSettled, String coupling, Double amalgamationReadiness,
                             List<String> commonGovernment, @JsonInclude(JsonInclude.Include.NON_NULL) List<Stage> stages,
                             IdealTypeView idealType, DimensionsView dimensions, ObjectivesView objectives,
                             DisintegrationView disintegration, List<OtherCoder> otherCoders,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String indicatorNote) {

  /** The note given beside data-based memberships. */
  public static final String INDICATOR_NOTE = "Outcomes, verdict and fit use the coded membership, else the bundled measured one "
      + "(criteria[].basis, docs/measured.md); the data-based membership "
      + "(criteria[].indicator, the codebook's recipe calibrated by the direct method) is shown beside it for comparison.";

  /** {@code {id, name, membership}}: a stage criterion of a lens with stages. */
  public record Stage(String id, String name, Double membership) { }

  /** {@code {coder, from, to, scores}}: another coder's coding holding at the date; it does not decide. */
  public record OtherCoder(String coder, String from, String to, Map<String, Double> scores) { }

  public static AssessmentView of(Assessment a) { return of(a, Map.of(), EvidenceView::of); }

  /**
   * @param indicators criterion id → data-based reading, shown as {@code criteria[].indicator} with a
   *                   top-level {@code indicatorNote} (empty: neither)
   * @param evidence   how the criteria's evidence is shown (the API adds citations)
   */
  public static AssessmentView of(Assessment a, Map<String, IndicatorReading> indicators, Function<Evidence, ? extends EvidenceItem> evidence) {
    List<CriterionResult> stages = a.criteria().stream().filter(c -> c.has(Role.LI_STAGE)).toList();
    return new AssessmentView(a.caseId(), a.caseName(), a.lensId(), CoreLabels.lensKind(a), a.at().toString(), a.coder(),
        a.members(), a.suspended(),
        a.criteria().stream().map(c -> CriterionView.of(c, indicators.get(c.id()), evidence)).toList(),
        outcomeValues(a.outcomes()), a.outcomes().stream().map(OutcomeView::of).toList(),
        CoreLabels.verdict(a.verdict()), a.verdict().reasons(), VerdictRule.settled(a), CoreLabels.coupling(a.verdict()),
        a.verdict().readiness() == null ? null : a.verdict().readiness().value(), a.verdict().commonGovernment(),
        stages.isEmpty() ? null : stages.stream().map(c -> new Stage(c.id(), c.criterion().name(), c.membership().value())).toList(),
        IdealTypeView.of(a.idealType()), DimensionsView.of(a.dimensions()), ObjectivesView.of(a.objectives()),
        DisintegrationView.of(a.disintegration()), otherCoders(a), indicators.isEmpty() ? null : INDICATOR_NOTE);
  }

  /** Other coders' codings holding at the date, beside the deciding one ({@code coder}). */
  public static List<OtherCoder> otherCoders(Assessment a) {
    return a.otherCoders().stream().map(o -> new OtherCoder(o.coder(), Dates.str(o.from()), Dates.str(o.to()),
        new LinkedHashMap<>(o.scores()))).toList();
  }

  /** outcome id → value (null when unknown), in lens order. */
  public static Map<String, Double> outcomeValues(List<OutcomeResult> os) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (OutcomeResult o : os) m.put(o.id(), o.membership().value());
    return m;
  }
}
