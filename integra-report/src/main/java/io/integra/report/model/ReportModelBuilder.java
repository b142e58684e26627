package io.integra.report.model;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.Coverage;
import io.integra.core.assess.CoverageTable;
import io.integra.core.cases.Citation;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.core.indicator.IndicatorProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link ReportModel} of a case base at a date, for the lenses and cases asked for.
 * The reading of each case comes from the assessment engine ({@link Assessor}); this class only
 * arranges it for display. Pure: reads only the case base it is given. It assesses every case
 * under every lens once and assembles the model; the parts are built by {@link CaseViews} (with
 * {@link CaseTimelines}), {@link LensViews} (lenses, objective matrix) and
 * {@link IndicatorSeriesBuilder}.
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
    LensViews lensViews = new LensViews(assessor, at);
    CaseViews views = new CaseViews(base, at, new CaseTimelines(assessor, at, end()));
    List<CaseView> caseViews = cases.stream().map(c -> views.caseView(c, lenses, assessed.get(c.id()), ranks, coverage)).toList();
    ReportModel.Meta meta = new ReportModel.Meta(TITLE, at.toString(), cb.id(), cb.version(), cb.title(), cb.citation(),
        "Integra", lensFilter, caseFilter, legendScale(cb), notes(cases, lenses));
    return new ReportModel(meta, lenses.stream().map(LensViews::lensView).toList(), caseViews,
        lensViews.objectiveMatrix(cb, lenses, cases, assessed), bibliography(cases),
        indicators == null ? List.of() : new IndicatorSeriesBuilder(indicators, at).build(cases, lenses), coverage,
        cases.stream().map(c -> io.integra.core.assess.MemberMap.of(c, at)).toList());
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
