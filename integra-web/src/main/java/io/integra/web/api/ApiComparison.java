package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.casebase.json.CoreLabels;
import io.integra.core.assess.Comparison;
import java.util.List;

/** {@code /api/compare} (openapi.json): the cases with verdict, fit and criteria, the ranking and the separations. */
public record ApiComparison(String lens, String at, List<CaseRow> cases, List<String> ranking, List<Separation> separations) {

  public record CaseRow(@JsonProperty("case") String caseId, String name, String verdict, MembershipValue fit, List<CriterionValue> criteria) { }

  public record CriterionValue(String id, MembershipValue membership) { }

  public record Separation(String a, String b, List<Difference> differences, List<String> unknownInOne) { }

  public record Difference(String criterion, MembershipValue a, MembershipValue b, double difference, String rationaleA, String rationaleB) { }

  public static ApiComparison of(Comparison c) {
    return new ApiComparison(c.lensId(), c.at().toString(),
        c.assessments().stream().map(a -> new CaseRow(a.caseId(), a.caseName(), CoreLabels.verdict(a.verdict()),
            MembershipValue.of(a.idealType().fit()),
            a.criteria().stream().map(cr -> new CriterionValue(cr.id(), MembershipValue.of(cr.membership()))).toList())).toList(),
        c.ranking(),
        c.separations().stream().map(s -> new Separation(s.a(), s.b(),
            s.differences().stream().map(d -> new Difference(d.criterion(), MembershipValue.of(d.a().membership()),
                MembershipValue.of(d.b().membership()), d.difference(), d.a().rationale(), d.b().rationale())).toList(),
            s.unknownInOne())).toList());
  }
}
