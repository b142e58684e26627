package io.integra.web.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.integra.storage.agreement.AgreementReport;
import io.integra.storage.workspace.Reconciliation;

/**
 * Several coders' readings of one case through one lens, side by side, period by period: for
 * each criterion every coder's score and the spread (largest minus smallest score), and the
 * share of criteria coded by every coder on which all of them agree exactly (simple percent
 * agreement; Krippendorff 2004, <i>Content Analysis</i>, §11.2, discusses why chance-corrected
 * coefficients are preferred when there are many units — with a dozen criteria per period, the
 * matrix itself is the honest display). Beside it, the workspace's chance-corrected statistics
 * ({@link io.integra.storage.agreement.Agreement}: Krippendorff's interval alpha, Cohen's kappa).
 */
public record Agreement(String caseId, String lensId, List<Period> periods, AgreementReport report) {

  /** One coding period (by its first day) and the coders who coded it. */
  public record Period(LocalDate from, LocalDate to, List<String> coders, List<Row> rows, int comparable, int agreed) {
    /** Percent agreement over criteria coded by every coder, or null when there are fewer than two coders or no such criterion. */
    public Double percent() { return coders.size() < 2 || comparable == 0 ? null : 100.0 * agreed / comparable; }
  }

  /** One criterion: each coder's score (null when that coder left it out) and the spread. */
  public record Row(String criterion, String name, List<Double> scores, Double spread) {
    public boolean disagreement() { return spread != null && spread > 1e-9; }
  }

  public static Agreement of(IntegrationCase c, Lens lens) {
    Map<LocalDate, List<Coding>> byFrom = new TreeMap<>();
    for (Coding k : c.codings()) if (k.lens().equals(lens.id())) byFrom.computeIfAbsent(k.from(), x -> new ArrayList<>()).add(k);
    List<Period> periods = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Coding>> e : byFrom.entrySet()) {
      List<Coding> ks = e.getValue();
      List<String> coders = ks.stream().map(Coding::coder).toList();
      List<Row> rows = new ArrayList<>();
      int comparable = 0, agreed = 0;
      for (Criterion cr : lens.criteria()) {
        List<Double> scores = new ArrayList<>();
        for (Coding k : ks) scores.add(k.criterion(cr.id()).map(CriterionCoding::score).orElse(null));
        List<Double> known = scores.stream().filter(java.util.Objects::nonNull).toList();
        Double spread = known.size() < 2 ? null : known.stream().mapToDouble(Double::doubleValue).max().orElse(0)
            - known.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        if (known.isEmpty()) continue;
        if (known.size() == ks.size() && ks.size() >= 2) {
          comparable++;
          if (spread != null && spread < 1e-9) agreed++;
        }
        rows.add(new Row(cr.id(), cr.name(), scores, spread));
      }
      LocalDate to = ks.stream().map(Coding::to).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
      periods.add(new Period(e.getKey(), to, coders, rows, comparable, agreed));
    }
    AgreementReport report = io.integra.storage.agreement.Agreement.of(lens, List.of(c), Set.of(Reconciliation.CODER));
    return new Agreement(c.id(), lens.id(), periods, report);
  }

  /** The JSON of {@code GET /api/agreement} (see /openapi.json, schema Agreement). */
  public AgreementJson json() {
    return new AgreementJson(caseId, lensId, periods.stream().map(p -> new PeriodJson(p.from().toString(), p.coders(), p.comparable(), p.agreed(),
        p.percent(), p.rows().stream().map(r -> new RowJson(r.criterion(), r.scores(), r.spread())).toList())).toList(), statistics(report));
  }

  @JsonPropertyOrder({"case", "lens", "periods", "statistics"})
  public record AgreementJson(@JsonProperty("case") String caseId, String lens, List<PeriodJson> periods, Statistics statistics) { }

  public record PeriodJson(String from, List<String> coders, int comparable, int agreed, Double percentAgreement, List<RowJson> rows) { }

  public record RowJson(String criterion, List<Double> scores, Double spread) { }

  /** Alpha and kappas per criterion and overall. */
  public record Statistics(List<String> coders, CriterionStatistics overall, List<CriterionStatistics> criteria) { }

  /**
   * One criterion's (or the overall) coefficients; NaN, for an undefined coefficient, becomes null.
   * {@code alphaUndefinedReason} says why alpha is undefined (null when it is defined), as the CLI's
   * {@code agreement} does.
   */
  public record CriterionStatistics(String criterion, int units, Double alpha, List<KappaStatistics> kappas, String alphaUndefinedReason) {
    static CriterionStatistics of(AgreementReport.CriterionAgreement ca) {
      return ca == null ? null : new CriterionStatistics(ca.criterion(), ca.units(), finite(ca.alpha().alpha()),
          ca.kappas().stream().map(k -> new KappaStatistics(k.coderA(), k.coderB(), finite(k.kappa().kappa()), k.kappa().units())).toList(),
          ca.alpha().undefinedReason());
    }
  }

  public record KappaStatistics(String a, String b, Double kappa, int units) { }

  /** Alpha and kappas per criterion and overall (NaN, for undefined coefficients, becomes null). */
  public static Statistics statistics(AgreementReport r) {
    return new Statistics(r.coders(), CriterionStatistics.of(r.overall()), r.criteria().stream().map(CriterionStatistics::of).toList());
  }

  public static Double finite(double d) { return Double.isFinite(d) ? d : null; }

  public static String fmt(double d) { return Double.isFinite(d) ? String.format(java.util.Locale.ROOT, "%.2f", d) : "undefined"; }
}
