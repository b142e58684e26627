package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several cases side by side (the JSON of {@code integra compare --format json}): criteria × cases,
 * outcomes, verdicts, ranking and what separates them. {@code criteria} and {@code outcomes} are
 * absent when there is no case.
 */
public record ComparisonView(String lens, String at, List<String> cases,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<CriterionRow> criteria,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<OutcomeRow> outcomes,
                             Map<String, VerdictView> verdicts, List<Rank> ranking, List<SeparationView> separations) {

  /** A criterion across the cases: value, basis, measured membership and disagreement kind per case id. */
  public record CriterionRow(String id, Map<String, Double> values, Map<String, String> basis, Map<String, MeasuredView> measured,
                             Map<String, String> disagreement) { }

  public record OutcomeRow(String id, String role, Map<String, Double> values) { }

  public record VerdictView(String verdict, String coupling) { }

  public record Rank(int rank, @com.fasterxml.jackson.annotation.JsonProperty("case") String caseId, Double fit, Interval fitInterval,
                     Double meanGap, String verdict) { }

  public record SeparationView(String a, String b, List<Difference> differences, List<String> unknownInOne) {
    public static SeparationView of(Comparison.Separation s) {
      return new SeparationView(s.a(), s.b(), s.differences().stream().map(d -> new Difference(d.criterion(),
          d.a().membership().value(), d.b().membership().value(), d.difference(), d.a().rationale(), EvidenceView.of(d.a().evidence()),
          d.b().rationale(), EvidenceView.of(d.b().evidence()))).toList(), s.unknownInOne());
    }
  }

  public record Difference(String criterion, Double a, Double b, double difference, String rationaleA, List<EvidenceView> evidenceA,
                           String rationaleB, List<EvidenceView> evidenceB) { }

  public static ComparisonView of(Comparison c) {
    List<Assessment> as = c.assessments();
    List<CriterionRow> criteria = null;
    List<OutcomeRow> outcomes = null;
    if (!as.isEmpty()) {
      criteria = as.get(0).criteria().stream().map(cr -> {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Assessment a : as) values.put(a.caseId(), a.criterion(cr.id()).map(x -> x.membership().value()).orElse(null));
        Map<String, String> basis = new LinkedHashMap<>();
        Map<String, MeasuredView> measured = new LinkedHashMap<>();
        Map<String, String> disagreement = new LinkedHashMap<>();
        for (Assessment a : as) {
          a.criterion(cr.id()).ifPresent(x -> {
            basis.put(a.caseId(), x.basis().id());
            measured.put(a.caseId(), x.measured() == null ? null : MeasuredView.of(x));
            disagreement.put(a.caseId(), x.disagreement() == null ? null : x.disagreement().kind());
          });
        }
        return new CriterionRow(cr.id(), values, basis, measured, disagreement);
      }).toList();
      outcomes = as.get(0).outcomes().stream().map(o -> {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Assessment a : as) values.put(a.caseId(), a.outcome(o.id()).map(x -> x.membership().value()).orElse(null));
        return new OutcomeRow(o.id(), o.role(), values);
      }).toList();
    }
    Map<String, VerdictView> verdicts = new LinkedHashMap<>();
    for (Assessment a : as) verdicts.put(a.caseId(), new VerdictView(CoreLabels.verdict(a.verdict()), CoreLabels.coupling(a.verdict())));
    return new ComparisonView(c.lensId(), c.at().toString(), as.stream().map(Assessment::caseId).toList(), criteria, outcomes,
        verdicts, ranking(c), c.separations().stream().map(SeparationView::of).toList());
  }

  private static List<Rank> ranking(Comparison c) {
    List<Rank> out = new ArrayList<>();
    int rank = 1;
    for (String id : c.ranking()) {
      Assessment a = c.assessments().stream().filter(x -> x.caseId().equals(id)).findFirst().orElseThrow();
      out.add(new Rank(rank++, id, a.idealType().fit().value(), Interval.of(a.idealType().fit()), a.idealType().meanGap().value(),
          CoreLabels.verdict(a.verdict())));
    }
    return out;
  }
}
