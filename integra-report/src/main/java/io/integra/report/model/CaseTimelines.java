package io.integra.report.model;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.CoverageTable;
import io.integra.core.assess.Disintegration;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.formula.Membership;
import io.integra.core.vocabulary.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's timeline for the report (part of {@link ReportModelBuilder}): year by year the deciding
 * outcome of each lens with its verdict, crossings and verdict changes with their causes, the
 * membership events with the verdicts they changed, and where the measured series end.
 *
 * @param end the last day the timelines reach (never before {@code at})
 */
record CaseTimelines(Assessor assessor, LocalDate at, LocalDate end) {
  /**
   * The outcome a lens's timeline track plots: the one whose value decides the verdict
   * ({@link VerdictRule#decidingOutcome(Lens)}), else, for a lens without a verdict rule, its first outcome.
   */
  static Outcome decidingOutcome(Lens l) {
    return VerdictRule.decidingOutcome(l).orElse(l.outcomes().isEmpty() ? null : l.outcomes().get(0));
  }

  CaseView.Timeline timeline(IntegrationCase c, List<Lens> lenses, Map<String, Assessment> byLens, CoverageTable coverage) {
    Integer first = TimelineBuilder.firstYear(c);
    List<Integer> years = new ArrayList<>();
    List<Integer> members = new ArrayList<>();
    List<CaseView.Track> tracks = new ArrayList<>();
    List<CaseView.Mark> marks = new ArrayList<>();
    if (first != null) {
      for (Lens l : lenses) {
        io.integra.core.assess.Timeline t = assessor.timeline(c, l.id(), null, first, end.getYear(), end);
        if (years.isEmpty()) {
          for (io.integra.core.assess.Timeline.Point p : t.points()) {
            years.add(p.at().getYear());
            members.add(p.members());
          }
        }
        Outcome o = decidingOutcome(l);
        if (o != null) {
          List<Double> value = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
          List<String> verdict = new ArrayList<>();
          for (io.integra.core.assess.Timeline.Point p : t.points()) {
            Membership m = p.outcomes().get(o.id());
            value.add(m.value());
            low.add(m.low());
            high.add(m.high());
            verdict.add(p.coupling() == null || p.verdict() == null ? Term.idOf(p.verdict()) : p.verdict().id() + " (" + p.coupling().id() + ")");
          }
          tracks.add(new CaseView.Track(l.id(), o.id(), o.name(), value, low, high, verdict));
        }
        for (io.integra.core.assess.Timeline.Crossing x : t.crossings()) {
          marks.add(new CaseView.Mark(l.id(), "crossing", x.to().getYear(), x.from().toString(), x.to().toString(),
              x.outcome() + " " + x.direction() + ": " + VerdictRule.format(x.before()) + " → " + VerdictRule.format(x.after()),
              x.causes().stream().map(ch -> ch.date() + " " + ch.description()).toList()));
        }
        for (io.integra.core.assess.Timeline.VerdictChange v : t.verdicts()) {
          marks.add(new CaseView.Mark(l.id(), "verdict", v.to().getYear(), v.from().toString(), v.to().toString(),
              "verdict: " + Term.idOf(v.before()) + " → " + Term.idOf(v.after()), v.causes().stream().map(ch -> ch.date() + " " + ch.description()).toList()));
        }
      }
    }
    marks.sort(Comparator.comparing(CaseView.Mark::to).thenComparing(CaseView.Mark::lens));
    // membership events up to the timeline's end, with the verdicts they changed
    Map<String, Assessment> atEnd = byLens;
    if (!end.equals(at)) {
      atEnd = new LinkedHashMap<>();
      for (Lens l : lenses) atEnd.put(l.id(), assessor.assess(c, l.id(), end, null));
    }
    return new CaseView.Timeline(years, members, tracks, marks, events(c, lenses, atEnd), measuredEnds(c, coverage));
  }

  /** Membership events up to the date (io.integra.core.assess.DisintegrationWatch), with the verdicts they changed under each lens. */
  private static List<CaseView.Event> events(IntegrationCase c, List<Lens> lenses, Map<String, Assessment> byLens) {
    if (lenses.isEmpty()) return List.of();
    Map<String, String> names = new HashMap<>();
    for (Member m : c.members()) names.put(m.iso3(), m.name() == null ? m.iso3() : m.name());
    List<Disintegration.Event> base = byLens.get(lenses.get(0).id()).disintegration().events();
    List<CaseView.Event> out = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      Disintegration.Event e = base.get(i);
      List<String> effects = new ArrayList<>();
      for (Lens l : lenses) {
        List<Disintegration.Event> es = byLens.get(l.id()).disintegration().events();
        if (i < es.size() && es.get(i).changesVerdict()) {
          effects.add(l.id() + ": " + Term.idOf(es.get(i).before()) + " → " + Term.idOf(es.get(i).after()));
        }
      }
      out.add(new CaseView.Event(e.date().toString(), e.iso3(), names.getOrDefault(e.iso3(), e.iso3()), e.change().id(), effects));
    }
    return out;
  }

  /**
   * The last year of each measured series of the case (criteria measured from data under any
   * reported lens, read through Coverage.basisOf), as marks for its timeline; empty while nothing
   * is measured.
   */
  private static List<CaseView.MeasuredEnd> measuredEnds(IntegrationCase c, CoverageTable coverage) {
    Map<String, Integer> last = new LinkedHashMap<>();
    for (CoverageTable.LensCoverage l : coverage.lenses()) {
      l.caseRow(c.id()).ifPresent(r -> r.lastMeasuredYears().forEach((cr, y) -> last.merge(cr, y, Math::max)));
    }
    List<CaseView.MeasuredEnd> out = new ArrayList<>();
    last.forEach((cr, y) -> out.add(new CaseView.MeasuredEnd(cr, y)));
    out.sort(Comparator.comparingInt(CaseView.MeasuredEnd::year).thenComparing(CaseView.MeasuredEnd::criterion));
    return out;
  }
}
