package io.integra.report.model;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.Coverage;
import io.integra.core.assess.CoverageTable;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.Disintegration;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.Citation;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import io.integra.core.codebook.Scale;
import io.integra.core.formula.Membership;
import io.integra.core.indicator.IndicatorProvider;
import io.integra.core.indicator.IndicatorReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link ReportModel} of a case base at a date, for the lenses and cases asked for.
 * The reading of each case comes from the assessment engine ({@link Assessor}); this class only
 * arranges it for display. Pure: reads only the case base it is given.
 */
public final class ReportModelBuilder {
  public static final String TITLE = "Regional integration against the ideal type";

  private final CaseBase base;
  private final LocalDate at;
  private final List<String> lensFilter;
  private final List<String> caseFilter;
  private Assessor assessor;
  private IndicatorProvider indicators;
  /** The last day the timelines and the coverage heatmap reach (default: the date of assessment). */
  private LocalDate until;

  /**
   * @param lensFilter lens ids to report (empty: all)
   * @param caseFilter case ids to report (empty: all)
   * @throws IllegalArgumentException naming an unknown lens or case id and the known ones
   */
  public ReportModelBuilder(CaseBase base, LocalDate at, List<String> lensFilter, List<String> caseFilter) {
    this.base = base;
    this.at = at;
    this.lensFilter = List.copyOf(new LinkedHashSet<>(lensFilter));
    this.caseFilter = List.copyOf(new LinkedHashSet<>(caseFilter));
    for (String l : this.lensFilter) {
      if (base.codebook().lens(l).isEmpty()) {
        throw new IllegalArgumentException("unknown lens '" + l + "'; known lenses: " + String.join(", ", base.codebook().lensIds()));
      }
    }
    for (String c : this.caseFilter) {
      if (base.find(c).isEmpty()) {
        throw new IllegalArgumentException("unknown case '" + c + "'; known cases: "
            + String.join(", ", base.cases().stream().map(IntegrationCase::id).toList()));
      }
    }
    this.assessor = new Assessor(base.codebook());
  }

  /**
   * Assesses with the given measured memberships (docs/measured.md) and precedence; without this
   * call, coded memberships only.
   */
  public ReportModelBuilder measured(io.integra.core.indicator.MeasuredMemberships measured, io.integra.core.indicator.Precedence precedence) {
    this.assessor = new Assessor(base.codebook(), measured, precedence);
    return this;
  }

  /**
   * Measures the codebook's indicator recipes with {@code provider} for every reported case, year by
   * year (null: none, the default). The provider stays open; its caller closes it.
   */
  public ReportModelBuilder indicators(IndicatorProvider provider) {
    this.indicators = provider;
    return this;
  }

  /**
   * Lets the timelines and the coverage heatmap run to the year of {@code today} (sample dates
   * after it left out) rather than stopping at the date of assessment; the report is read at its
   * date, the timelines show what came after it.
   */
  public ReportModelBuilder until(LocalDate today) {
    this.until = today;
    return this;
  }

  /** The last day timelines and coverage reach: {@link #until}, but never before the date of assessment. */
  private LocalDate end() { return until == null || until.isBefore(at) ? at : until; }

  public ReportModel build() {
    Codebook cb = base.codebook();
    List<Lens> lenses = cb.lenses().stream().filter(l -> lensFilter.isEmpty() || lensFilter.contains(l.id())).toList();
    List<IntegrationCase> cases = base.cases().stream().filter(c -> caseFilter.isEmpty() || caseFilter.contains(c.id())).toList();
    // every case through every lens, once
    Map<String, Map<String, Assessment>> assessed = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> ranks = new HashMap<>();
    for (Lens l : lenses) {
      List<Assessment> as = new ArrayList<>();
      for (IntegrationCase c : cases) {
        Assessment a = assessor.assess(c, l.id(), at, null);
        assessed.computeIfAbsent(c.id(), k -> new LinkedHashMap<>()).put(l.id(), a);
        as.add(a);
      }
      List<String> ranking = io.integra.core.assess.CaseComparison.of(l.id(), at, as).ranking();
      Map<String, Integer> r = new HashMap<>();
      for (int i = 0; i < ranking.size(); i++) r.put(ranking.get(i), i + 1);
      ranks.put(l.id(), r);
    }
    // evidence coverage, case x year (io.integra.core.assess.Coverage), also the source of the measured-series end marks
    CoverageTable coverage = Coverage.of(assessor, cases, lenses.stream().map(Lens::id).toList(), null, end().getYear(), end());
    List<CaseView> caseViews = cases.stream().map(c -> caseView(c, lenses, assessed.get(c.id()), ranks, coverage)).toList();
    ReportModel.Meta meta = new ReportModel.Meta(TITLE, at.toString(), cb.id(), cb.version(), cb.title(), cb.citation(),
        "Integra", lensFilter, caseFilter, legendScale(cb), notes(cases, lenses));
    return new ReportModel(meta, lenses.stream().map(ReportModelBuilder::lensView).toList(), caseViews,
        objectiveMatrix(cb, lenses, cases, assessed), bibliography(cases),
        indicators == null ? List.of() : indicatorSeries(cases, lenses), coverage,
        cases.stream().map(c -> io.integra.core.assess.MemberMap.of(c, at)).toList());
  }

  /**
   * Every reported case's recipes, from its first year to the year of the date; one series per
   * case, criterion and recipe, shared by the lenses that carry the same recipe.
   */
  private List<IndicatorSeries> indicatorSeries(List<IntegrationCase> cases, List<Lens> lenses) {
    List<IndicatorSeries> out = new ArrayList<>();
    for (IntegrationCase c : cases) {
      Integer first = TimelineBuilder.firstYear(c);
      if (first == null || first > at.getYear()) continue;
      Map<List<Object>, List<Lens>> groups = new LinkedHashMap<>();
      Map<List<Object>, Criterion> criteria = new HashMap<>();
      for (Lens l : lenses) {
        for (Criterion cr : l.criteria()) {
          if (cr.indicator() == null) continue;
          List<Object> key = List.of(cr.id(), cr.indicator());
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
          criteria.putIfAbsent(key, cr);
        }
      }
      for (Map.Entry<List<Object>, List<Lens>> g : groups.entrySet()) {
        Criterion cr = criteria.get(g.getKey());
        Criterion.Indicator recipe = cr.indicator();
        List<IndicatorReading> rs = indicators.series(c, recipe, first, at.getYear());
        List<Integer> years = new ArrayList<>();
        List<Double> raw = new ArrayList<>(), mem = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        String source = null;
        for (IndicatorReading r : rs) {
          years.add(r.year());
          raw.add(r.raw());
          mem.add(r.membership());
          reasons.add(r.reason());
          if (source == null) source = r.source();
        }
        List<IndicatorSeries.Coded> coded = new ArrayList<>();
        for (Lens l : g.getValue()) {
          List<Double> vs = new ArrayList<>();
          for (int y : years) {
            LocalDate day = LocalDate.of(y, 6, 30);
            vs.add(c.codingAt(l.id(), day, null).flatMap(k -> k.criterion(cr.id())).map(CriterionCoding::score).orElse(null));
          }
          coded.add(new IndicatorSeries.Coded(l.id(), vs));
        }
        out.add(new IndicatorSeries(c.id(), cr.id(), cr.name(), g.getValue().stream().map(Lens::id).toList(), recipe.index(),
            recipe.flow(), recipe.exclusion(), recipe.crossover(), recipe.inclusion(), recipe.note(), source,
            years, raw, mem, reasons, coded));
      }
    }
    return out;
  }

  static LensView lensView(Lens l) {
    return new LensView(l.id(), l.name(), l.kind(), l.source(), l.description(),
        l.criteria().stream().map(c -> new LensView.CriterionView(c.id(), c.name(),
            c.roles().stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).toList(), c.dimension(), c.source())).toList(),
        l.outcomes().stream().map(o -> new LensView.OutcomeView(o.id(), o.name(), o.role(), o.formula().text(), o.source())).toList());
  }

  private CaseView caseView(IntegrationCase c, List<Lens> lenses, Map<String, Assessment> byLens, Map<String, Map<String, Integer>> ranks,
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
        c.membersAt(at), c.suspendedAt(at), readings, timeline(c, lenses, byLens, coverage), evidence);
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
        coding == null ? null : coding.scale(), scores, outcomes, a.verdict().label(), a.verdict().coupling(), a.verdict().reasons(),
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
      String cite = base.source(e.source()).map(Citation::authorYear).orElse(e.source());
      items.add(new CaseView.EvidenceItem(e.source(), cite, e.locator(), e.quote(), e.objectives()));
    }
    return new CaseView.EvidenceEntry(l.id(), k.coder(), cc.criterion(), cc.score(), cc.rationale(), items);
  }

  /**
   * The outcome a lens's timeline track plots: the one whose value decides the verdict
   * ({@link VerdictRule#decidingOutcome(Lens)}), else, for a lens without a verdict rule, its first outcome.
   */
  static Outcome decidingOutcome(Lens l) {
    return VerdictRule.decidingOutcome(l).orElse(l.outcomes().isEmpty() ? null : l.outcomes().get(0));
  }

  private CaseView.Timeline timeline(IntegrationCase c, List<Lens> lenses, Map<String, Assessment> byLens, CoverageTable coverage) {
    LocalDate end = end();
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
            verdict.add(p.coupling() == null || p.verdict() == null ? p.verdict() : p.verdict() + " (" + p.coupling() + ")");
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
              "verdict: " + v.before() + " → " + v.after(), v.causes().stream().map(ch -> ch.date() + " " + ch.description()).toList()));
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
          effects.add(l.id() + ": " + es.get(i).before() + " → " + es.get(i).after());
        }
      }
      out.add(new CaseView.Event(e.date().toString(), e.iso3(), names.getOrDefault(e.iso3(), e.iso3()), e.change(), effects));
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

  /** Buen Vivir objectives × criteria, from each case's assessed objective coverage and the codebook's links (model.md §3.1). */
  private ObjectiveMatrix objectiveMatrix(Codebook cb, List<Lens> lenses, List<IntegrationCase> cases,
                                          Map<String, Map<String, Assessment>> assessed) {
    Lens l = lenses.stream().filter(x -> !x.objectives().isEmpty()).findFirst()
        .orElse(cb.lenses().stream().filter(x -> !x.objectives().isEmpty()).findFirst().orElse(null));
    if (l == null) return ObjectiveMatrix.empty();
    List<io.integra.core.assess.ObjectiveMatrix> perCase = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (IntegrationCase c : cases) {
      Map<String, Assessment> m = assessed.get(c.id());
      Assessment a = m.containsKey(l.id()) ? m.get(l.id()) : assessor.assess(c, l.id(), at, null);
      perCase.add(a.objectives());
      ids.add(c.id());
    }
    Map<String, Map<Integer, Set<String>>> evidenced = new LinkedHashMap<>();
    Map<String, io.integra.core.assess.ObjectiveMatrix.Row> links = new LinkedHashMap<>();
    for (int i = 0; i < perCase.size(); i++) {
      for (io.integra.core.assess.ObjectiveMatrix.Row r : perCase.get(i).rows()) {
        links.putIfAbsent(r.criterion(), r);
        for (int o : r.evidenced()) evidenced.computeIfAbsent(r.criterion(), k -> new LinkedHashMap<>()).computeIfAbsent(o, k -> new TreeSet<>()).add(ids.get(i));
      }
    }
    // criteria with a codebook link appear even when no case is reported
    for (io.integra.core.codebook.ObjectiveLink k : l.objectiveLinks()) {
      links.putIfAbsent(k.criterion(), new io.integra.core.assess.ObjectiveMatrix.Row(k.criterion(), List.of(), k.analysis(), k.discussion()));
    }
    List<String> criteria = l.criteria().stream().map(Criterion::id).filter(links::containsKey).toList();
    List<ObjectiveMatrix.Cell> cells = new ArrayList<>();
    for (String cr : criteria) {
      io.integra.core.assess.ObjectiveMatrix.Row row = links.get(cr);
      for (var obj : l.objectives()) {
        boolean an = row.analysis().contains(obj.number());
        boolean di = row.discussion().contains(obj.number());
        Set<String> cs = evidenced.getOrDefault(cr, Map.of()).getOrDefault(obj.number(), Set.of());
        if (an || di || !cs.isEmpty()) cells.add(new ObjectiveMatrix.Cell(obj.number(), cr, an, di, cs.size(), List.copyOf(cs)));
      }
    }
    return new ObjectiveMatrix(l.id(), l.objectives().stream().map(o -> new ObjectiveMatrix.ObjectiveView(o.number(), o.title())).toList(),
        criteria, cells);
  }

  /** The sources the reported cases cite anywhere (facts or evidence), sorted by author and year. */
  private List<SourceView> bibliography(List<IntegrationCase> cases) {
    Set<String> keys = new LinkedHashSet<>();
    for (IntegrationCase c : cases) {
      if (c.founding() != null) keys.addAll(c.founding().sources());
      c.members().forEach(m -> {
        keys.addAll(m.sources());
        m.spells().forEach(s -> keys.addAll(s.sources()));
      });
      c.institutions().forEach(i -> keys.addAll(i.sources()));
      c.milestones().forEach(m -> keys.addAll(m.sources()));
      c.policies().forEach(p -> keys.addAll(p.sources()));
      c.codings().forEach(k -> k.criteria().forEach(cc -> cc.evidence().forEach(e -> keys.add(e.source()))));
    }
    List<SourceView> out = new ArrayList<>();
    for (Source s : base.bibliography()) {
      if (keys.contains(s.key())) {
        out.add(new SourceView(s.key(), s.type(), s.author(), s.title(), s.year(), s.publisher(), s.url(), s.note(),
            Citation.authorYear(s), Citation.reference(s)));
      }
    }
    out.sort(Comparator.comparing((SourceView s) -> s.author() == null ? s.key() : s.author(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(s -> s.year() == null ? "" : s.year()));
    return out;
  }

  /** Tells the reader when cases have no coding in force at the date (unknown everywhere), and when their codings end. */
  private List<String> notes(List<IntegrationCase> cases, List<Lens> lenses) {
    List<IntegrationCase> uncoded = cases.stream()
        .filter(c -> lenses.stream().allMatch(l -> c.codingAt(l.id(), at, null).isEmpty())).toList();
    if (uncoded.isEmpty()) return List.of();
    LocalDate lastEnd = null;
    boolean later = false;
    for (IntegrationCase c : uncoded) {
      for (Coding k : c.codings()) {
        if (k.to() != null && !k.to().isAfter(at) && (lastEnd == null || k.to().isAfter(lastEnd))) lastEnd = k.to();
        if (k.from().isAfter(at)) later = true;
      }
    }
    String note = uncoded.size() + " of " + cases.size() + " cases have no coding in force at " + at + " under any reported lens,"
        + " so every criterion of theirs is unknown here";
    if (lastEnd != null) note += "; their codings end by " + lastEnd + " (choose an earlier date of assessment to read them)";
    else if (later) note += "; their codings start after this date";
    return List.of(note + ".");
  }

  private static List<ReportModel.ScalePoint> legendScale(Codebook cb) {
    return cb.scales().stream().filter(s -> !s.continuous()).findFirst()
        .map(s -> s.points().stream().map(p -> new ReportModel.ScalePoint(p.value(), p.label())).toList())
        .orElse(List.of());
  }
}
