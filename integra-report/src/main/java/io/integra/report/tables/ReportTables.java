package io.integra.report.tables;

import io.integra.core.assess.CoverageTable;
import io.integra.report.html.Fmt;
import io.integra.report.model.CaseView;
import io.integra.report.model.IndicatorSeries;
import io.integra.report.model.LensView;
import io.integra.report.model.ObjectiveMatrix;
import io.integra.report.model.ReportModel;
import io.integra.report.model.SourceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report's tables: the overview per lens (for papers) and the long-format data tables (for analysis). */
public final class ReportTables {
  private ReportTables() { }

  /** One overview table per lens: coded criteria, outcomes, verdict and fit of every case. */
  public static List<Table> overview(ReportModel m) {
    List<Table> out = new ArrayList<>();
    for (LensView l : m.lenses()) {
      List<Table.Column> cols = new ArrayList<>();
      cols.add(Table.Column.left("Case"));
      cols.add(Table.Column.right("Coded"));
      for (LensView.OutcomeView o : l.outcomes()) cols.add(Table.Column.right(o.name()));
      cols.add(Table.Column.left("Verdict"));
      cols.add(Table.Column.right("Fit"));
      cols.add(Table.Column.right("Rank"));
      List<List<String>> rows = new ArrayList<>();
      for (CaseView c : m.cases()) {
        CaseView.Reading r = c.reading(l.id());
        List<String> row = new ArrayList<>();
        row.add(c.label());
        row.add(r.coded() + "/" + r.scores().size());
        for (LensView.OutcomeView o : l.outcomes()) row.add(Fmt.outcome(r.outcome(o.id())));
        row.add(r.verdictText() == null ? "—" : r.verdictText());
        row.add(Fmt.interval(r.fit()));
        row.add(Integer.toString(r.rank()));
        rows.add(row);
      }
      out.add(new Table("integra-overview-" + l.id(), l.name() + " at " + m.meta().at(), cols, rows,
          "Fuzzy memberships in [0, 1]; ? = unknown (not coded), a–b = bounds of a value that depends on unknown criteria. "
              + "Fit = fuzzy AND of the criteria that make up the ideal type; rank by certain fit. "
              + "Codebook " + m.meta().codebookId() + " v" + m.meta().codebookVersion() + "; after " + m.meta().citation()));
    }
    return out;
  }

  /** Every criterion of every case under every lens, coded or not. */
  public static Table criteria(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      for (CaseView.Reading r : c.readings()) {
        for (CaseView.Score s : r.scores()) {
          rows.add(List.of(c.id(), r.lens(), nz(r.coder()), s.criterion(), num(s.value()), s.value() == null ? "unknown" : "coded", nz(s.label())));
        }
      }
    }
    return table("criteria", "Criterion memberships", rows, "case", "lens", "coder", "criterion", "score", "status", "label");
  }

  public static Table outcomes(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      for (CaseView.Reading r : c.readings()) {
        for (CaseView.OutcomeValue o : r.outcomes()) {
          rows.add(List.of(c.id(), r.lens(), o.outcome(), num(o.low()), num(o.high()), o.known() ? num(o.low()) : "",
              o.known() ? "known" : (o.low() == 0 && o.high() == 1 ? "unknown" : "bounded")));
        }
      }
    }
    return table("outcomes", "Outcome memberships", rows, "case", "lens", "outcome", "low", "high", "value", "status");
  }

  public static Table readings(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      for (CaseView.Reading r : c.readings()) {
        CaseView.DimensionView pol = r.dimension("political"), eco = r.dimension("economic"), soc = r.dimension("social");
        rows.add(List.of(c.id(), c.label(), r.lens(), nz(r.coder()), nz(r.from()), nz(r.to()), nz(r.scale()),
            Long.toString(r.coded()), Integer.toString(r.scores().size()), nz(r.verdict()), nz(r.coupling()),
            num(r.fit().low()), num(r.fit().high()), num(r.meanGap().low()), num(r.meanGap().high()), Integer.toString(r.rank()),
            String.join(" ", r.holdingBack()), Integer.toString(c.members().size()),
            pol == null ? "" : num(pol.score()), eco == null ? "" : num(eco.score()), eco == null ? "" : nz(eco.stage()),
            soc == null ? "" : soc.known() ? num(soc.score()) : io.integra.report.html.Fmt.interval(soc.interval()),
            r.verdict() == null ? "" : Boolean.toString(r.settled())));
      }
    }
    return table("readings", "Readings (case × lens)", rows, "case", "label", "lens", "coder", "coding_from", "coding_to", "scale",
        "coded", "criteria", "verdict", "coupling", "fit_low", "fit_high", "mean_gap_low", "mean_gap_high", "rank", "holding_back",
        "members", "political", "economic", "economic_stage", "social", "verdict_settled");
  }

  public static Table timeline(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      CaseView.Timeline t = c.timeline();
      for (CaseView.Track k : t.tracks()) {
        for (int i = 0; i < t.years().size(); i++) {
          rows.add(List.of(c.id(), Integer.toString(t.years().get(i)), Integer.toString(t.members().get(i)), k.lens(), k.outcome(),
              num(k.low().get(i)), num(k.high().get(i)), num(k.value().get(i)), nz(k.verdict().get(i))));
        }
      }
    }
    return table("timeline", "Timeline, sampled on 30 June of each year", rows, "case", "year", "members", "lens", "outcome",
        "low", "high", "value", "verdict");
  }

  public static Table marks(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      for (CaseView.Mark k : c.timeline().marks()) {
        rows.add(List.of(c.id(), k.lens(), k.kind(), k.from(), k.to(), k.text(), String.join("; ", k.causes())));
      }
    }
    return table("crossings", "Crossings and verdict changes", rows, "case", "lens", "kind", "from", "to", "change", "causes");
  }

  public static Table events(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      for (CaseView.Event e : c.timeline().events()) rows.add(List.of(c.id(), e.date(), e.iso3(), nz(e.name()), e.kind(), String.join("; ", e.effects())));
    }
    return table("events", "Membership events", rows, "case", "date", "iso3", "state", "event", "verdict_changes");
  }

  public static Table evidence(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : m.cases()) {
      for (CaseView.EvidenceEntry e : c.evidence()) {
        if (e.items().isEmpty()) {
          rows.add(List.of(c.id(), e.lens(), nz(e.coder()), e.criterion(), num(e.score()), nz(e.rationale()), "", "", "", "", ""));
        }
        for (CaseView.EvidenceItem it : e.items()) {
          rows.add(List.of(c.id(), e.lens(), nz(e.coder()), e.criterion(), num(e.score()), nz(e.rationale()), it.source(), nz(it.citation()),
              nz(it.locator()), nz(it.quote()), it.objectives().stream().map(String::valueOf).collect(Collectors.joining(" "))));
        }
      }
    }
    return table("evidence", "Evidence trail", rows, "case", "lens", "coder", "criterion", "score", "rationale", "source", "citation",
        "locator", "quote", "objectives");
  }

  public static Table objectives(ReportModel m) {
    ObjectiveMatrix om = m.objectives();
    List<List<String>> rows = new ArrayList<>();
    for (ObjectiveMatrix.Cell c : om.cells()) {
      String title = om.objectives().stream().filter(o -> o.number() == c.objective()).map(ObjectiveMatrix.ObjectiveView::title).findFirst().orElse("");
      rows.add(List.of(Integer.toString(c.objective()), title, c.criterion(), Boolean.toString(c.analysis()), Boolean.toString(c.discussion()),
          Integer.toString(c.evidence()), String.join(" ", c.cases())));
    }
    return table("objectives", "Objective matrix", rows, "objective", "title", "criterion", "thesis_analysis", "thesis_discussion", "evidenced_cases", "cases");
  }

  public static Table bibliography(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (SourceView s : m.bibliography()) {
      rows.add(List.of(s.key(), nz(s.type()), nz(s.author()), nz(s.title()), nz(s.year()), nz(s.publisher()), nz(s.url()), s.reference()));
    }
    return table("bibliography", "Bibliography", rows, "key", "type", "author", "title", "year", "publisher", "url", "reference");
  }

  /**
   * The data-based indicator series, one row per case, lens, criterion and year: the raw index
   * value, its calibrated membership and the coded score side by side; empty cells where the data
   * (raw, membership: see reason) or the coding (coded: unknown) give nothing.
   */
  public static Table indicators(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorSeries s : m.indicators()) {
      for (IndicatorSeries.Coded k : s.coded()) {
        for (int i = 0; i < s.years().size(); i++) {
          rows.add(List.of(s.caseId(), k.lens(), s.criterion(), s.index(), nz(s.flow()), Integer.toString(s.years().get(i)),
              num(s.raw().get(i)), num(s.membership().get(i)), num(k.values().get(i)), nz(s.reasons().get(i)),
              num(s.exclusion()), num(s.crossover()), num(s.inclusion()), nz(s.source())));
        }
      }
    }
    return table("indicators", "Data-based indicators beside the coded scores", rows, "case", "lens", "criterion", "index", "flow",
        "year", "raw", "membership", "coded", "reason", "exclusion", "crossover", "inclusion", "source");
  }

  /**
   * Evidence coverage, one row per lens, case and year (30 June): criteria known and from what
   * (coded, measured, both), background conditions known (empty when the lens has none), and the
   * coder of the coding in force.
   */
  public static Table coverage(ReportModel m) {
    List<List<String>> rows = new ArrayList<>();
    if (m.coverage() != null) {
      for (CoverageTable.LensCoverage l : m.coverage().lenses()) {
        for (CoverageTable.CaseRow r : l.cases()) {
          for (CoverageTable.Cell c : r.years()) {
            rows.add(List.of(l.lens(), r.caseId(), Integer.toString(c.year()), Integer.toString(l.criteria()), Integer.toString(c.known()),
                Integer.toString(c.coded()), Integer.toString(c.measured()), Integer.toString(c.both()),
                l.conditions().isEmpty() ? "" : Integer.toString(l.conditions().size()),
                c.conditionsKnown() == null ? "" : Integer.toString(c.conditionsKnown()), nz(c.coder())));
          }
        }
      }
    }
    return table("coverage", "Evidence coverage, sampled on 30 June of each year", rows, "lens", "case", "year", "criteria", "known",
        "coded", "measured", "both", "conditions", "conditions_known", "coder");
  }

  /** All long-format data tables, in the order they are written (indicators only when the model has series). */
  public static List<Table> data(ReportModel m) {
    List<Table> out = new ArrayList<>(List.of(readings(m), criteria(m), outcomes(m), timeline(m), marks(m), events(m), evidence(m),
        objectives(m), bibliography(m)));
    if (m.coverage() != null) out.add(coverage(m));
    if (!m.indicators().isEmpty()) out.add(indicators(m));
    return out;
  }

  private static Table table(String id, String title, List<List<String>> rows, String... headers) {
    List<Table.Column> cols = new ArrayList<>();
    for (String h : headers) cols.add(Table.Column.left(h));
    return new Table(id, title, cols, rows, null);
  }

  /** Full precision for data files (no rounding); empty for unknown. */
  static String num(Double v) {
    if (v == null) return "";
    if (v == Math.rint(v)) return String.format(Locale.ROOT, "%.0f", v);
    return Double.toString(v);
  }

  private static String nz(String s) { return s == null ? "" : s; }
}
