package io.integra.web.api;

import static io.integra.casebase.json.JsonViews.ordered;

import io.integra.casebase.json.AssessmentJson;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Comparison;
import io.integra.core.assess.Timeline;
import io.integra.core.cases.Citation;
import io.integra.core.cases.Source;
import io.integra.core.formula.Membership;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stable JSON shapes of the assessment engine's results for the web API (documented in
 * openapi.json). A membership is {@code {"low", "high", "value"}} with {@code value} null when the
 * interval is not a point (a criterion or an outcome that depends on uncoded criteria).
 */
public final class AssessJson {
  private AssessJson() { }

  public static Map<String, Object> membership(Membership m) {
    if (m == null) return null;
    return ordered("low", m.low(), "high", m.high(), "value", m.value());
  }

  /**
   * The assessment in the same shape as {@code integra assess --format json}
   * ({@link AssessmentJson}), so scripts can move between the CLI and the
   * API; each evidence item gains the {@code citation} of its bibliography entry.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> assessment(Assessment a, Function<String, Source> sources) {
    Map<String, Object> m = AssessmentJson.assessment(a);
    for (Object c : (List<Object>) m.get("criteria")) {
      for (Object e : (List<Object>) ((Map<String, Object>) c).get("evidence")) {
        Map<String, Object> ev = (Map<String, Object>) e;
        Source s = sources.apply((String) ev.get("source"));
        ev.put("citation", s == null ? null : citation(s));
      }
    }
    return m;
  }

  /** A short author-year-title citation of a bibliography entry: {@link Citation#inline}. */
  public static String citation(Source s) {
    return Citation.inline(s);
  }

  public static Map<String, Object> timeline(Timeline t) {
    return ordered("case", t.caseId(), "lens", t.lensId(), "coder", t.coder(),
        "points", t.points().stream().map(p -> {
          Map<String, Object> outs = new LinkedHashMap<>();
          p.outcomes().forEach((k, v) -> outs.put(k, membership(v)));
          return ordered("at", p.at().toString(), "members", p.members(), "verdict", io.integra.core.vocabulary.Term.idOf(p.verdict()), "coupling", io.integra.core.vocabulary.Term.idOf(p.coupling()), "outcomes", outs);
        }).toList(),
        "crossings", t.crossings().stream().map(c -> ordered("outcome", c.outcome(), "from", c.from().toString(), "to", c.to().toString(),
            "before", membership(c.before()), "after", membership(c.after()), "direction", c.direction(),
            "causes", c.causes().stream().map(AssessmentJson::change).toList())).toList(),
        "verdicts", t.verdicts().stream().map(v -> ordered("from", v.from().toString(), "to", v.to().toString(), "before", io.integra.core.vocabulary.Term.idOf(v.before()),
            "after", io.integra.core.vocabulary.Term.idOf(v.after()), "causes", v.causes().stream().map(AssessmentJson::change).toList())).toList());
  }

  public static Map<String, Object> comparison(Comparison c) {
    return ordered("lens", c.lensId(), "at", c.at().toString(),
        "cases", c.assessments().stream().map(a -> ordered("case", a.caseId(), "name", a.caseName(), "verdict", io.integra.core.vocabulary.Term.idOf(a.verdict().label()),
            "fit", membership(a.idealType().fit()),
            "criteria", a.criteria().stream().map(cr -> ordered("id", cr.id(), "membership", membership(cr.membership()))).toList())).toList(),
        "ranking", c.ranking(),
        "separations", c.separations().stream().map(s -> ordered("a", s.a(), "b", s.b(),
            "differences", s.differences().stream().map(d -> ordered("criterion", d.criterion(), "a", membership(d.a().membership()),
                "b", membership(d.b().membership()), "difference", d.difference(),
                "rationaleA", d.a().rationale(), "rationaleB", d.b().rationale())).toList(),
            "unknownInOne", s.unknownInOne())).toList());
  }
}
