package io.integra.storage.agreement;

import io.integra.core.agreement.CohenKappa;
import io.integra.core.agreement.KrippendorffAlpha;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds an {@link AgreementReport} from cases: every (case, coding period start, criterion) of a
 * lens that two or more coders scored is a unit. Codings whose coder is in {@code excluded} (the
 * reconciled coding) are left out. Pure: no I/O.
 */
public final class Agreement {
  private Agreement() { }

  public static AgreementReport of(Lens lens, List<IntegrationCase> cases, Set<String> excluded) {
    List<AgreementReport.Unit> units = new ArrayList<>();
    Set<String> coders = new TreeSet<>();
    for (IntegrationCase c : cases) {
      Map<LocalDate, SortedMap<String, Map<String, Double>>> byPeriod = new TreeMap<>();
      for (Coding k : c.codings()) {
        if (!k.lens().equals(lens.id()) || excluded.contains(k.coder())) continue;
        for (CriterionCoding cc : k.criteria()) {
          byPeriod.computeIfAbsent(k.from(), f -> new TreeMap<>()).computeIfAbsent(cc.criterion(), x -> new TreeMap<>()).put(k.coder(), cc.score());
        }
      }
      for (Map.Entry<LocalDate, SortedMap<String, Map<String, Double>>> p : byPeriod.entrySet()) {
        for (Criterion crit : lens.criteria()) {
          Map<String, Double> scores = p.getValue().get(crit.id());
          if (scores == null || scores.size() < 2) continue;
          units.add(new AgreementReport.Unit(c.id(), p.getKey(), crit.id(), new TreeMap<>(scores)));
          coders.addAll(scores.keySet());
        }
      }
    }
    List<String> coderList = List.copyOf(coders);
    List<AgreementReport.CriterionAgreement> perCriterion = new ArrayList<>();
    for (Criterion crit : lens.criteria()) {
      List<AgreementReport.Unit> mine = units.stream().filter(u -> u.criterion().equals(crit.id())).toList();
      if (!mine.isEmpty()) perCriterion.add(agreement(crit.id(), mine, coderList));
    }
    List<AgreementReport.Disagreement> disagreements = new ArrayList<>();
    for (AgreementReport.Unit u : units) {
      double min = u.scores().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double max = u.scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (max - min > 1e-12) {
        boolean crosses = u.scores().values().stream().map(CohenKappa::in).distinct().count() > 1;
        disagreements.add(new AgreementReport.Disagreement(u, max - min, crosses));
      }
    }
    disagreements.sort(Comparator.comparing((AgreementReport.Disagreement d) -> !d.crossesHalf())
        .thenComparing(d -> -d.spread()).thenComparing(d -> d.unit().caseId()).thenComparing(d -> d.unit().from())
        .thenComparing(d -> d.unit().criterion()));
    return new AgreementReport(lens.id(), cases.stream().map(IntegrationCase::id).toList(), coderList, perCriterion,
        agreement("overall", units, coderList), disagreements);
  }

  static AgreementReport.CriterionAgreement agreement(String name, List<AgreementReport.Unit> units, List<String> coders) {
    KrippendorffAlpha.Result alpha = KrippendorffAlpha.interval(units.stream().map(u -> List.copyOf(u.scores().values())).toList());
    List<AgreementReport.PairKappa> kappas = new ArrayList<>();
    for (int i = 0; i < coders.size(); i++) {
      for (int j = i + 1; j < coders.size(); j++) {
        String a = coders.get(i);
        String b = coders.get(j);
        List<Boolean> as = new ArrayList<>();
        List<Boolean> bs = new ArrayList<>();
        for (AgreementReport.Unit u : units) {
          Double x = u.scores().get(a);
          Double y = u.scores().get(b);
          if (x == null || y == null) continue;
          as.add(CohenKappa.in(x));
          bs.add(CohenKappa.in(y));
        }
        if (!as.isEmpty()) kappas.add(new AgreementReport.PairKappa(a, b, CohenKappa.of(as, bs)));
      }
    }
    return new AgreementReport.CriterionAgreement(name, units.size(), alpha, kappas);
  }
}
