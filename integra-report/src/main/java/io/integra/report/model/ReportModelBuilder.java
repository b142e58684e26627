package io.integra.report.model;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.ObjectiveLink;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import io.integra.core.codebook.Scale;
import io.integra.core.formula.Membership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link ReportModel} of a case base at a date, for the lenses and cases asked for.
 * Pure: reads only the case base it is given.
 */
public final class ReportModelBuilder {
  public static final String TITLE = "Regional integration against the ideal type";

  private final CaseBase base;
  private final LocalDate at;
  private final List<String> lensFilter;
  private final List<String> caseFilter;

  /**
   * @param lensFilter lens ids to report (empty: all)
   * @param caseFilter case ids to report (empty: all)
   * @throws IllegalArgumentException naming an unknown lens or case id and the known ones
   */
  public ReportModelBuilder(CaseBase base, LocalDate at, List<String> lensFilter, List<String> caseFilter) {
    this.base = base;
    this.at = at;
    this.lensFilter = List.copyOf(lensFilter);
    this.caseFilter = List.copyOf(caseFilter);
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
  }

  public ReportModel build() {
    Codebook cb = base.codebook();
    List<Lens> lenses = cb.lenses().stream().filter(l -> lensFilter.isEmpty() || lensFilter.contains(l.id())).toList();
    List<IntegrationCase> cases = base.cases().stream().filter(c -> caseFilter.isEmpty() || caseFilter.contains(c.id())).toList();
    List<CaseView> caseViews = cases.stream().map(c -> caseView(c, lenses)).toList();
    ReportModel.Meta meta = new ReportModel.Meta(TITLE, at.toString(), cb.id(), cb.version(), cb.title(), cb.citation(),
        "Integra", lensFilter, caseFilter, legendScale(cb));
    return new ReportModel(meta, lenses.stream().map(ReportModelBuilder::lensView).toList(), caseViews,
        objectiveMatrix(cb, cases), bibliography(cases));
  }

  static LensView lensView(Lens l) {
    return new LensView(l.id(), l.name(), l.kind(), l.source(), l.description(),
        l.criteria().stream().map(c -> new LensView.CriterionView(c.id(), c.name(),
            c.roles().stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).toList(), c.dimension(), c.source())).toList(),
        l.outcomes().stream().map(o -> new LensView.OutcomeView(o.id(), o.name(), o.role(), o.formula().text(), o.source())).toList());
  }

  private CaseView caseView(IntegrationCase c, List<Lens> lenses) {
    List<CaseView.Reading> readings = new ArrayList<>();
    List<CaseView.EvidenceEntry> evidence = new ArrayList<>();
    for (Lens l : lenses) {
      Optional<Coding> coding = c.codingAt(l.id(), at, null);
      readings.add(reading(l, coding.orElse(null)));
      for (Coding k : c.codingsAt(l.id(), at)) {
        for (Criterion cr : l.criteria()) {
          k.criterion(cr.id()).ifPresent(cc -> evidence.add(evidenceEntry(l, k, cc)));
        }
      }
    }
    return new CaseView(c.id(), c.name(), c.shortName(), c.summary(), c.focus(),
        c.foundedOn() == null ? null : c.foundedOn().toString(),
        c.founding() == null ? null : c.founding().name(), c.founding() == null ? null : c.founding().place(),
        c.membersAt(at), c.suspendedAt(at), readings, timeline(c, lenses), evidence);
  }

  private CaseView.Reading reading(Lens l, Coding coding) {
    Scale scale = coding == null ? null : base.codebook().scale(coding.scale()).orElse(null);
    List<CaseView.Score> scores = new ArrayList<>();
    Map<String, Membership> values = new LinkedHashMap<>();
    for (Criterion cr : l.criteria()) {
      Optional<CriterionCoding> cc = coding == null ? Optional.empty() : coding.criterion(cr.id());
      Double v = cc.map(CriterionCoding::score).orElse(null);
      if (v != null) values.put(cr.id(), Membership.of(v));
      scores.add(new CaseView.Score(cr.id(), v, v == null ? "unknown" : label(scale, v)));
    }
    List<CaseView.OutcomeValue> outcomes = new ArrayList<>();
    for (Outcome o : l.outcomes()) {
      Membership m = o.formula().evaluate(values);
      outcomes.add(new CaseView.OutcomeValue(o.id(), m.low(), m.high()));
    }
    return new CaseView.Reading(l.id(), coding == null ? null : coding.coder(),
        coding == null ? null : coding.from().toString(), coding == null || coding.to() == null ? null : coding.to().toString(),
        coding == null ? null : coding.scale(), scores, outcomes, null, null, null, null);
  }

  private static String label(Scale scale, double v) {
    if (scale == null) return null;
    return scale.points().stream().filter(p -> Math.abs(p.value() - v) < 1e-9).map(Scale.Point::label).findFirst().orElse(null);
  }

  private CaseView.EvidenceEntry evidenceEntry(Lens l, Coding k, CriterionCoding cc) {
    List<CaseView.EvidenceItem> items = new ArrayList<>();
    for (Evidence e : cc.evidence()) {
      String cite = base.source(e.source()).map(Citations::cite).orElse(e.source());
      items.add(new CaseView.EvidenceItem(e.source(), cite, e.locator(), e.quote(), e.objectives()));
    }
    return new CaseView.EvidenceEntry(l.id(), k.coder(), cc.criterion(), cc.score(), cc.rationale(), items);
  }

  /** Year by year from the founding (or first accession) to the date: members at each year's end. */
  private CaseView.Timeline timeline(IntegrationCase c, List<Lens> lenses) {
    LocalDate start = c.foundedOn();
    for (LocalDate d : c.membershipEventDates()) if (start == null || d.isBefore(start)) start = d;
    List<Integer> years = new ArrayList<>();
    List<Integer> members = new ArrayList<>();
    List<CaseView.Series> series = new ArrayList<>();
    if (start == null || start.isAfter(at)) return new CaseView.Timeline(years, members, series, List.of());
    List<LocalDate> dates = new ArrayList<>();
    for (int y = start.getYear(); y <= at.getYear(); y++) {
      LocalDate d = y == at.getYear() ? at : LocalDate.of(y, 12, 31);
      years.add(y);
      dates.add(d);
      members.add(c.membersAt(d).size());
    }
    for (Lens l : lenses) {
      if (l.outcomes().isEmpty()) continue;
      Outcome o = l.outcomes().get(0);
      List<Double> values = new ArrayList<>();
      boolean any = false;
      for (LocalDate d : dates) {
        Optional<Coding> k = c.codingAt(l.id(), d, null);
        Membership m = k.map(coding -> o.formula().evaluate(memberships(coding))).orElse(Membership.UNKNOWN);
        values.add(m.value());
        any |= m.value() != null;
      }
      if (any) series.add(new CaseView.Series(l.id() + "/" + o.id(), o.name(), l.id(), values));
    }
    return new CaseView.Timeline(years, members, series, MembershipEvents.of(c, at));
  }

  private static Map<String, Membership> memberships(Coding k) {
    Map<String, Membership> m = new LinkedHashMap<>();
    for (CriterionCoding cc : k.criteria()) m.put(cc.criterion(), Membership.of(cc.score()));
    return m;
  }

  /** Buen Vivir objectives × criteria: the thesis's links (model.md §3.1) and the evidence of the cases. */
  private ObjectiveMatrix objectiveMatrix(Codebook cb, List<IntegrationCase> cases) {
    Optional<Lens> lens = cb.lenses().stream().filter(l -> !l.objectives().isEmpty()).findFirst();
    if (lens.isEmpty()) return ObjectiveMatrix.empty();
    Lens l = lens.get();
    Map<String, Map<Integer, int[]>> counts = new LinkedHashMap<>();
    Map<String, Map<Integer, Set<String>>> caseSets = new LinkedHashMap<>();
    for (IntegrationCase c : cases) {
      for (Coding k : c.codings()) {
        if (!k.covers(at)) continue;
        for (CriterionCoding cc : k.criteria()) {
          for (Evidence e : cc.evidence()) {
            for (int o : e.objectives()) {
              counts.computeIfAbsent(cc.criterion(), x -> new TreeMap<>()).computeIfAbsent(o, x -> new int[1])[0]++;
              caseSets.computeIfAbsent(cc.criterion(), x -> new TreeMap<>()).computeIfAbsent(o, x -> new LinkedHashSet<>()).add(c.id());
            }
          }
        }
      }
    }
    Set<String> criteria = new LinkedHashSet<>();
    for (Criterion cr : l.criteria()) {
      boolean linked = l.objectiveLinks().stream().anyMatch(k -> k.criterion().equals(cr.id()));
      if (linked || counts.containsKey(cr.id())) criteria.add(cr.id());
    }
    List<ObjectiveMatrix.Cell> cells = new ArrayList<>();
    for (String cr : criteria) {
      ObjectiveLink link = l.objectiveLinks().stream().filter(k -> k.criterion().equals(cr)).findFirst().orElse(null);
      for (var obj : l.objectives()) {
        boolean a = link != null && link.analysis().contains(obj.number());
        boolean d = link != null && link.discussion().contains(obj.number());
        int n = counts.getOrDefault(cr, Map.of()).getOrDefault(obj.number(), new int[1])[0];
        if (a || d || n > 0) {
          cells.add(new ObjectiveMatrix.Cell(obj.number(), cr, a, d, n,
              List.copyOf(caseSets.getOrDefault(cr, Map.of()).getOrDefault(obj.number(), Set.of()))));
        }
      }
    }
    return new ObjectiveMatrix(l.id(), l.objectives().stream().map(o -> new ObjectiveMatrix.ObjectiveView(o.number(), o.title())).toList(),
        List.copyOf(criteria), cells);
  }

  /** The sources the reported cases cite anywhere (facts or evidence), sorted by author and year. */
  private List<SourceView> bibliography(List<IntegrationCase> cases) {
    Set<String> keys = new LinkedHashSet<>();
    for (IntegrationCase c : cases) {
      if (c.founding() != null) keys.addAll(c.founding().sources());
      c.members().forEach(m -> keys.addAll(m.sources()));
      c.institutions().forEach(i -> keys.addAll(i.sources()));
      c.milestones().forEach(m -> keys.addAll(m.sources()));
      c.policies().forEach(p -> keys.addAll(p.sources()));
      c.codings().forEach(k -> k.criteria().forEach(cc -> cc.evidence().forEach(e -> keys.add(e.source()))));
    }
    List<SourceView> out = new ArrayList<>();
    for (Source s : base.bibliography()) {
      if (keys.contains(s.key())) {
        out.add(new SourceView(s.key(), s.type(), s.author(), s.title(), s.year(), s.publisher(), s.url(), s.note(),
            Citations.cite(s), Citations.reference(s)));
      }
    }
    out.sort(Comparator.comparing((SourceView s) -> s.author() == null ? s.key() : s.author(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(s -> s.year() == null ? "" : s.year()));
    return out;
  }

  private static List<ReportModel.ScalePoint> legendScale(Codebook cb) {
    return cb.scales().stream().filter(s -> !s.continuous()).findFirst()
        .map(s -> s.points().stream().map(p -> new ReportModel.ScalePoint(p.value(), p.label())).toList())
        .orElse(List.of());
  }
}
