package io.integra.casebase.json;

import static io.integra.casebase.json.JsonViews.ordered;
import static io.integra.casebase.json.JsonViews.str;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Comparison;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.EvidenceStatus;
import io.integra.core.assess.Disintegration;
import io.integra.core.assess.IdealTypeFit;
import io.integra.core.assess.ObjectiveMatrix;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.Timeline;
import io.integra.core.codebook.Role;
import io.integra.core.formula.Membership;
import io.integra.core.indicator.IndicatorReading;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable JSON shapes of assessments, comparisons and timelines (for the CLI, the web API and the
 * reports), built as ordered maps like {@link JsonViews}.
 *
 * <p>Memberships: a known value is a number; an unknown one is {@code null} where a single number
 * is asked for, and the interval is given beside it as {@code {"low": .., "high": ..}}.
 */
public final class AssessmentJson {
  private AssessmentJson() { }

  /** The full assessment of one case through one lens at one date. */
  public static Map<String, Object> assessment(Assessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("case", a.caseId());
    m.put("caseName", a.caseName());
    m.put("lens", a.lensId());
    m.put("lensKind", a.lensKind().id());
    m.put("at", a.at().toString());
    m.put("coder", a.coder());
    m.put("members", a.members());
    m.put("suspended", a.suspended());
    m.put("criteria", a.criteria().stream().map(AssessmentJson::criterion).toList());
    m.put("outcomes", outcomeValues(a.outcomes()));
    m.put("outcomeIntervals", a.outcomes().stream().map(AssessmentJson::outcome).toList());
    m.put("verdict", io.integra.core.vocabulary.Term.idOf(a.verdict().label()));
    m.put("verdictReasons", a.verdict().reasons());
    m.put("verdictSettled", io.integra.core.assess.VerdictRule.settled(a));
    m.put("coupling", io.integra.core.vocabulary.Term.idOf(a.verdict().coupling()));
    m.put("amalgamationReadiness", a.verdict().readiness() == null ? null : value(a.verdict().readiness()));
    m.put("commonGovernment", a.verdict().commonGovernment());
    List<CriterionResult> stages = a.criteria().stream().filter(c -> c.has(Role.LI_STAGE)).toList();
    if (!stages.isEmpty()) {
      m.put("stages", stages.stream().map(c -> ordered("id", c.id(), "name", c.criterion().name(), "membership", value(c.membership()))).toList());
    }
    m.put("idealType", idealType(a.idealType()));
    m.put("dimensions", ordered("political", dimension(a.dimensions().political()),
        "economic", dimension(a.dimensions().economic()), "social", dimension(a.dimensions().social())));
    m.put("objectives", objectives(a.objectives()));
    m.put("disintegration", disintegration(a.disintegration()));
    m.put("otherCoders", otherCoders(a));
    return m;
  }

  /**
   * {@code [{coder, from, to, scores: {criterion: score}}]}: other coders' codings holding at the
   * date, beside the deciding one ({@code coder}); they do not decide the verdict.
   */
  public static List<Map<String, Object>> otherCoders(Assessment a) {
    return a.otherCoders().stream().map(o -> ordered("coder", o.coder(), "from", str(o.from()), "to", str(o.to()),
        "scores", new LinkedHashMap<String, Object>(o.scores()))).toList();
  }

  /** The note given beside data-based memberships. */
  public static final String INDICATOR_NOTE = "Outcomes, verdict and fit use the coded membership, else the bundled measured one "
      + "(criteria[].basis, docs/measured.md); the data-based membership "
      + "(criteria[].indicator, the codebook's recipe calibrated by the direct method) is shown beside it for comparison.";

  /**
   * The assessment with, for each criterion that has a measured indicator recipe, an extra key
   * {@code indicator} (see {@link #indicator}) and a top-level {@code indicatorNote}. Every other
   * key is as in {@link #assessment(Assessment)}.
   *
   * @param indicators criterion id → reading (criteria without a recipe are absent)
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> assessment(Assessment a, Map<String, IndicatorReading> indicators) {
    Map<String, Object> m = assessment(a);
    if (indicators.isEmpty()) return m;
    for (Map<String, Object> c : (List<Map<String, Object>>) m.get("criteria")) {
      IndicatorReading r = indicators.get((String) c.get("id"));
      if (r != null) c.put("indicator", indicator(r));
    }
    m.put("indicatorNote", INDICATOR_NOTE);
    return m;
  }

  /** {@code {index, flow, year, raw, membership, anchors, source, reason, notes}}; raw and membership null with a reason when the data do not give them. */
  public static Map<String, Object> indicator(IndicatorReading r) {
    return ordered("index", r.recipe().index(), "flow", r.recipe().flow(), "year", r.year(), "raw", r.raw(),
        "membership", r.membership(),
        "anchors", ordered("exclusion", r.recipe().exclusion(), "crossover", r.recipe().crossover(), "inclusion", r.recipe().inclusion()),
        "source", r.source(), "reason", r.reason(), "notes", r.notes());
  }

  public static Map<String, Object> criterion(CriterionResult c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.criterion().name());
    m.put("roles", c.criterion().roles().stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).toList());
    m.put("dimension", c.criterion().dimension());
    m.put("membership", value(c.membership()));
    m.put("interval", interval(c.membership()));
    m.put("gap", value(c.gap()));
    m.put("rationale", c.rationale());
    m.put("evidence", c.evidence().stream().map(JsonViews::evidence).toList());
    // measured memberships (docs/measured.md): added keys; "membership" above is the one the assessment uses
    m.put("basis", c.basis().id());
    m.put("coded", c.coding() == null ? null : c.coding().score());
    m.put("measured", c.measured() == null ? null : measured(c));
    m.put("disagreement", c.disagreement() == null ? null : ordered("coded", c.disagreement().coded(), "measured",
        c.disagreement().measured(), "difference", c.disagreement().difference(), "step", c.disagreement().step(),
        "kind", c.disagreement().kind()));
    return m;
  }

  /**
   * {@code {membership, raw, year, index, dataset, years, members, anchors, checksum, notes, source, limits}}:
   * a measured membership with its provenance and the recipe's thesis section and stated limits.
   */
  public static Map<String, Object> measured(CriterionResult c) {
    var mm = c.measured();
    var p = mm.provenance();
    var r = c.criterion().indicator();
    return ordered("membership", mm.membership(), "raw", mm.raw(), "year", mm.year(), "index", p.index(), "dataset", p.dataset(),
        "years", p.years(), "members", p.members(),
        "anchors", ordered("exclusion", p.exclusion(), "crossover", p.crossover(), "inclusion", p.inclusion()),
        "checksum", p.checksum(), "notes", p.notes(), "source", r == null ? null : r.source(), "limits", r == null ? null : r.limits());
  }

  public static Map<String, Object> outcome(OutcomeResult o) {
    return ordered("id", o.id(), "name", o.outcome().name(), "role", o.role(), "formula", o.outcome().formula().text(),
        "value", value(o.membership()), "low", o.membership().low(), "high", o.membership().high(),
        "distance", o.distance(), "side", o.side(), "inTransitionBand", o.inTransitionBand());
  }

  public static Map<String, Object> idealType(IdealTypeFit f) {
    return ordered("counted", f.counted(), "fit", value(f.fit()), "fitInterval", interval(f.fit()),
        "meanGap", value(f.meanGap()), "meanGapInterval", interval(f.meanGap()),
        "gaps", f.gaps().stream().map(c -> ordered("id", c.id(), "membership", value(c.membership()), "gap", value(c.gap()),
            "gapInterval", interval(c.gap()))).toList(),
        "holdingBack", f.holdingBack().stream().map(c -> ordered("id", c.id(), "membership", value(c.membership()),
            "gap", value(c.gap()), "rationale", c.rationale(), "evidence", c.evidence().stream().map(JsonViews::evidence).toList())).toList());
  }

  public static Map<String, Object> dimension(DimensionScore d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("score", d.value());
    m.put("interval", interval(d.interval()));
    m.put("determined", d.known());
    if (d.stage() != null) {
      m.put("stage", d.stage());
      m.put("outOfOrder", d.flags());
    }
    m.put("reasons", d.reasons());
    return m;
  }

  public static Map<String, Object> objectives(ObjectiveMatrix om) {
    return ordered("objectives", om.objectives().stream().map(o -> ordered("number", o.number(), "title", o.title())).toList(),
        "matrix", om.rows().stream().map(r -> ordered("criterion", r.criterion(), "evidenced", r.evidenced(),
            "analysis", r.analysis(), "discussion", r.discussion())).toList(),
        "supported", om.supported(),
        "unsupported", om.unsupported(),
        "unknown", om.unknown());
  }

  public static Map<String, Object> disintegration(Disintegration d) {
    return ordered("conditions", d.conditions().stream().map(c -> ordered("id", c.id(), "membership", value(c.membership()),
            "rationale", c.rationale(), "evidence", c.evidence().stream().map(JsonViews::evidence).toList())).toList(),
        "pressure", d.pressure() == null ? null : value(d.pressure().membership()),
        "events", d.events().stream().map(e -> ordered("date", e.date().toString(), "iso3", e.iso3(), "change", e.change().id(),
            "before", io.integra.core.vocabulary.Term.idOf(e.before()), "after", io.integra.core.vocabulary.Term.idOf(e.after()), "changesVerdict", e.changesVerdict())).toList());
  }

  /** Several cases side by side: criteria × cases, outcomes, verdicts, ranking, what separates them. */
  public static Map<String, Object> comparison(Comparison c) {
    List<Assessment> as = c.assessments();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lens", c.lensId());
    m.put("at", c.at().toString());
    m.put("cases", as.stream().map(Assessment::caseId).toList());
    if (!as.isEmpty()) {
      m.put("criteria", as.get(0).criteria().stream().map(cr -> {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Assessment a : as) values.put(a.caseId(), a.criterion(cr.id()).map(x -> value(x.membership())).orElse(null));
        Map<String, Object> basis = new LinkedHashMap<>(), measured = new LinkedHashMap<>(), disagreement = new LinkedHashMap<>();
        for (Assessment a : as) {
          a.criterion(cr.id()).ifPresent(x -> {
            basis.put(a.caseId(), x.basis().id());
            measured.put(a.caseId(), x.measured() == null ? null : measured(x));
            disagreement.put(a.caseId(), x.disagreement() == null ? null : x.disagreement().kind());
          });
        }
        return ordered("id", cr.id(), "values", values, "basis", basis, "measured", measured, "disagreement", disagreement);
      }).toList());
      m.put("outcomes", as.get(0).outcomes().stream().map(o -> {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Assessment a : as) values.put(a.caseId(), a.outcome(o.id()).map(x -> value(x.membership())).orElse(null));
        return ordered("id", o.id(), "role", o.role(), "values", values);
      }).toList());
    }
    Map<String, Object> verdicts = new LinkedHashMap<>();
    for (Assessment a : as) verdicts.put(a.caseId(), ordered("verdict", io.integra.core.vocabulary.Term.idOf(a.verdict().label()), "coupling", io.integra.core.vocabulary.Term.idOf(a.verdict().coupling())));
    m.put("verdicts", verdicts);
    m.put("ranking", ranking(c));
    m.put("separations", c.separations().stream().map(AssessmentJson::separation).toList());
    return m;
  }

  private static List<Map<String, Object>> ranking(Comparison c) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    int rank = 1;
    for (String id : c.ranking()) {
      Assessment a = c.assessments().stream().filter(x -> x.caseId().equals(id)).findFirst().orElseThrow();
      out.add(ordered("rank", rank++, "case", id, "fit", value(a.idealType().fit()), "fitInterval", interval(a.idealType().fit()),
          "meanGap", value(a.idealType().meanGap()), "verdict", io.integra.core.vocabulary.Term.idOf(a.verdict().label())));
    }
    return out;
  }

  public static Map<String, Object> separation(Comparison.Separation s) {
    return ordered("a", s.a(), "b", s.b(),
        "differences", s.differences().stream().map(d -> ordered("criterion", d.criterion(),
            "a", value(d.a().membership()), "b", value(d.b().membership()), "difference", d.difference(),
            "rationaleA", d.a().rationale(), "evidenceA", d.a().evidence().stream().map(JsonViews::evidence).toList(),
            "rationaleB", d.b().rationale(), "evidenceB", d.b().evidence().stream().map(JsonViews::evidence).toList())).toList(),
        "unknownInOne", s.unknownInOne());
  }

  /** A case year by year: points, crossings of 0.5 and verdict changes with their causes. */
  public static Map<String, Object> timeline(Timeline t) {
    return ordered("case", t.caseId(), "lens", t.lensId(), "coder", t.coder(),
        "points", t.points().stream().map(p -> {
          Map<String, Object> values = new LinkedHashMap<>();
          p.outcomes().forEach((k, v) -> values.put(k, value(v)));
          return ordered("at", p.at().toString(), "members", p.members(), "outcomes", values, "verdict", io.integra.core.vocabulary.Term.idOf(p.verdict()), "coupling", io.integra.core.vocabulary.Term.idOf(p.coupling()),
              "basis", p.basis(), "measured", p.measured());
        }).toList(),
        "crossings", t.crossings().stream().map(x -> ordered("outcome", x.outcome(), "from", str(x.from()), "to", str(x.to()),
            "before", value(x.before()), "beforeInterval", interval(x.before()), "after", value(x.after()), "afterInterval", interval(x.after()),
            "direction", x.direction(), "causes", x.causes().stream().map(AssessmentJson::change).toList())).toList(),
        "verdictChanges", t.verdicts().stream().map(v -> ordered("from", str(v.from()), "to", str(v.to()), "before", io.integra.core.vocabulary.Term.idOf(v.before()),
            "after", io.integra.core.vocabulary.Term.idOf(v.after()), "causes", v.causes().stream().map(AssessmentJson::change).toList())).toList(),
        "events", t.events().stream().map(AssessmentJson::change).toList());
  }

  /**
   * Where the date lies against the case's founding, its coding periods and its measured years
   * ({@link EvidenceStatus}); {@code message} says it in one sentence.
   */
  public static Map<String, Object> evidence(EvidenceStatus s) {
    return ordered("existed", s.existed(), "begins", str(s.begins()), "codingHolds", s.codingHolds(), "codingFrom", str(s.codingFrom()),
        "codingTo", str(s.codingTo()), "lastCodingEnd", str(s.lastCodingEnd()), "nextCodingStart", str(s.nextCodingStart()),
        "measuredFrom", s.measuredFrom(), "measuredTo", s.measuredTo(), "measuredAtDate", s.measuredAtDate(), "message", s.message());
  }

  /** {@code {date, kind, description}}: a dated change in a case that explains a crossing or a verdict change. */
  public static Map<String, Object> change(Timeline.Change ch) {
    return ordered("date", ch.date().toString(), "kind", ch.kind(), "description", ch.description());
  }

  /** outcome id → value (null when unknown), in lens order. */
  public static Map<String, Object> outcomeValues(List<OutcomeResult> os) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (OutcomeResult o : os) m.put(o.id(), value(o.membership()));
    return m;
  }

  /** The value of a known membership, else null. */
  public static Double value(Membership m) { return m.value(); }

  public static Map<String, Object> interval(Membership m) { return ordered("low", m.low(), "high", m.high()); }
}
