package io.integra.web.data;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("case", caseId);
    m.put("lens", lensId);
    m.put("periods", periods.stream().map(p -> {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("from", p.from().toString());
      pm.put("coders", p.coders());
      pm.put("comparable", p.comparable());
      pm.put("agreed", p.agreed());
      pm.put("percentAgreement", p.percent());
      pm.put("rows", p.rows().stream().map(r -> {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("criterion", r.criterion());
        rm.put("scores", r.scores());
        rm.put("spread", r.spread());
        return rm;
      }).toList());
      return pm;
    }).toList());
    m.put("statistics", statistics(report));
    return m;
  }

  /** Alpha and kappas per criterion and overall (NaN, for undefined coefficients, becomes null). */
  public static Map<String, Object> statistics(AgreementReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("coders", r.coders());
    m.put("overall", criterion(r.overall()));
    m.put("criteria", r.criteria().stream().map(Agreement::criterion).toList());
    return m;
  }

  private static Map<String, Object> criterion(AgreementReport.CriterionAgreement ca) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (ca == null) return null;
    m.put("criterion", ca.criterion());
    m.put("units", ca.units());
    m.put("alpha", finite(ca.alpha().alpha()));
    m.put("kappas", ca.kappas().stream().map(k -> {
      Map<String, Object> km = new LinkedHashMap<>();
      km.put("a", k.coderA());
      km.put("b", k.coderB());
      km.put("kappa", finite(k.kappa().kappa()));
      km.put("units", k.kappa().units());
      return km;
    }).toList());
    return m;
  }

  public static Double finite(double d) { return Double.isFinite(d) ? d : null; }

  public static String fmt(double d) { return Double.isFinite(d) ? String.format(java.util.Locale.ROOT, "%.2f", d) : "undefined"; }
}
