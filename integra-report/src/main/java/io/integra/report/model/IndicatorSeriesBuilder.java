package io.integra.report.model;

import io.integra.core.assess.TimelineBuilder;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.indicator.IndicatorProvider;
import io.integra.core.indicator.IndicatorReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's indicator series (part of {@link ReportModelBuilder}): the codebook's indicator
 * recipes measured by an {@link IndicatorProvider} year by year, beside the coded scores.
 */
record IndicatorSeriesBuilder(IndicatorProvider indicators, LocalDate at) {
  /**
   * Every reported case's recipes, from its first year to the year of the date; one series per
   * case, criterion and recipe, shared by the lenses that carry the same recipe.
   */
  List<IndicatorSeries> build(List<IntegrationCase> cases, List<Lens> lenses) {
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
}
