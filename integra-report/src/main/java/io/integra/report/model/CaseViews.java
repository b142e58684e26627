package io.integra.report.model;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.CoverageTable;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.cases.Citation;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Scale;
import io.integra.core.formula.Membership;
import io.integra.core.vocabulary.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case as the report shows it (part of {@link ReportModelBuilder}): its facts at the date, its
 * reading under each lens (scores with their scale labels, outcomes, verdict, fit, dimensions),
 * the evidence trail of every coding in force, and its timeline ({@link CaseTimelines}).
 */
record CaseViews(CaseBase base, LocalDate at, CaseTimelines timelines) {
  CaseView caseView(IntegrationCase c, List<Lens> lenses, Map<String, Assessment> byLens, Map<String, Map<String, Integer>> ranks,
                            CoverageTable coverage) {
    List<CaseView.Reading> readings = new ArrayList<>();
    List<CaseView.EvidenceEntry> evidence = new ArrayList<>();
    for (Lens l : lenses) {
      Assessment a = byLens.get(l.id());
      readings.add(reading(c, l, a, ranks.get(l.id()).get(c.id())));
      // the evidence trail lists every coder whose coding holds at the date
      for (Coding k : c.codingsAt(l.id(), at)) {
        for (Criterion cr : l.criteria()) k.criterion(cr.id()).ifPresent(cc -> evidence.add(evidenceEntry(l, k, cc)));
      }
    }
    return new CaseView(c.id(), c.name(), c.shortName(), c.summary(), c.focus(),
        c.foundedOn() == null ? null : c.foundedOn().toString(),
        c.founding() == null ? null : c.founding().name(), c.founding() == null ? null : c.founding().place(),
        c.membersAt(at), c.suspendedAt(at), readings, timelines.timeline(c, lenses, byLens, coverage), evidence);
  }

  private CaseView.Reading reading(IntegrationCase c, Lens l, Assessment a, int rank) {
    Coding coding = a.coder() == null ? null : c.codingAt(l.id(), at, a.coder()).orElse(null);
    Scale scale = coding == null ? null : base.codebook().scale(coding.scale()).orElse(null);
    List<CaseView.Score> scores = new ArrayList<>();
    for (CriterionResult cr : a.criteria()) {
      Double v = cr.membership().value();
      // a measured membership (docs/measured.md) is labelled as such, with its data set and year, not with a scale point
      String label = v == null ? "unknown" : cr.basis() == CriterionResult.Basis.MEASURED
          ? String.format(java.util.Locale.ROOT, "measured %.2f (%s, %s)", v, cr.measured().provenance().dataset(), cr.measured().provenance().years())
          : label(scale, v);
      scores.add(new CaseView.Score(cr.id(), v, label, cr.basis().id()));
    }
    List<CaseView.OutcomeValue> outcomes = new ArrayList<>();
    for (OutcomeResult o : a.outcomes()) outcomes.add(new CaseView.OutcomeValue(o.id(), o.membership().low(), o.membership().high()));
    List<CaseView.DimensionView> dims = new ArrayList<>();
    for (DimensionScore d : List.of(a.dimensions().political(), a.dimensions().economic(), a.dimensions().social())) {
      dims.add(new CaseView.DimensionView(d.id(), d.score(), d.stage(), d.flags(), d.reasons(), interval(d.interval())));
    }
    return new CaseView.Reading(l.id(), a.coder(),
        coding == null ? null : coding.from().toString(), coding == null || coding.to() == null ? null : coding.to().toString(),
        coding == null ? null : coding.scale(), scores, outcomes, Term.idOf(a.verdict().label()), Term.idOf(a.verdict().coupling()), a.verdict().reasons(),
        interval(a.idealType().fit()), interval(a.idealType().meanGap()),
        a.idealType().holdingBack().stream().map(CriterionResult::id).toList(), rank, dims, a.objectives().supported());
  }

  private static CaseView.Interval interval(Membership m) { return new CaseView.Interval(m.low(), m.high()); }

  private static String label(Scale scale, double v) {
    if (scale == null) return null;
    return scale.points().stream().filter(p -> Math.abs(p.value() - v) < 1e-9).map(Scale.Point::label).findFirst().orElse(null);
  }

  private CaseView.EvidenceEntry evidenceEntry(Lens l, Coding k, CriterionCoding cc) {
    List<CaseView.EvidenceItem> items = new ArrayList<>();
    for (Evidence e : cc.evidence()) {
      String cite = Citation.ofKey(base, e.source(), Citation.Style.AUTHOR_YEAR);
      items.add(new CaseView.EvidenceItem(e.source(), cite, e.locator(), e.quote(), e.objectives()));
    }
    return new CaseView.EvidenceEntry(l.id(), k.coder(), cc.criterion(), cc.score(), cc.rationale(), items);
  }
}
