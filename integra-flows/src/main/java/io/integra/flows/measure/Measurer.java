package io.integra.flows.measure;

import io.integra.core.assess.TimelineBuilder;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.indicator.IndicatorReading;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.flows.IndicatorService;
import io.integra.flows.data.FlowSource;
import io.integra.flows.duckdb.DuckDbEngine;
import io.integra.flows.group.GroupSpec;
import io.integra.qca.calibrate.Calibration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Measures every indicator recipe of a codebook for every case and year the data cover: the
 * derived data product behind {@code integra measure} (docs/measured.md). Flow recipes (flows
 * {@value #TRADE}, {@value #MIGRATION}) go through {@link IndicatorService}; national-accounts
 * recipes (flow {@value #NATIONAL_ACCOUNTS}) through {@link NationalAccountsIndex}. Members in
 * year t are those on 1 July of t ({@link GroupSpec}). Years without data are left out, never 0.
 */
public final class Measurer implements AutoCloseable {
  public static final String TRADE = "trade";
  public static final String MIGRATION = "migration";
  public static final String NATIONAL_ACCOUNTS = "national-accounts";

  /** The measured values and what could not be measured (one line per case and recipe). */
  public record Result(List<MeasuredMembership> values, List<String> warnings) { }

  private final IndicatorService flows;
  private final Map<String, String> flowLabels = new LinkedHashMap<>();
  private final NationalAccounts accounts;
  private final int lastYear;

  /**
   * @param trade     DOTS-layout trade file, or null
   * @param migration UN DESA migrant-stock file, or null
   * @param pwt       the Penn World Table subset, or null
   * @param lastYear  the last year to measure (data permitting)
   */
  public Measurer(FlowSource trade, FlowSource migration, Path pwt, int lastYear) {
    Map<String, FlowSource> sources = new LinkedHashMap<>();
    if (trade != null) sources.put(TRADE, trade);
    if (migration != null) sources.put(MIGRATION, migration);
    this.flows = new IndicatorService(sources, Map.of(), new DuckDbEngine());
    this.accounts = pwt == null ? null : NationalAccounts.load(pwt);
    this.lastYear = lastYear;
  }

  /** Every recipe of {@code codebook} for every case, from the case's first year to {@code lastYear}. */
  public Result measure(Codebook codebook, List<IntegrationCase> cases) {
    List<MeasuredMembership> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (IntegrationCase c : cases) {
      Integer first = TimelineBuilder.firstYear(c);
      if (first == null) {
        warnings.add(c.id() + ": no founding date and no membership spell; nothing measured");
        continue;
      }
      // every flow recipe of the case at once: one group query per flow (IndicatorService.seriesAll)
      Map<Criterion.Indicator, List<IndicatorReading>> flowSeries = Map.of();
      if (first <= lastYear) {
        List<Criterion.Indicator> flowRecipes = codebook.lenses().stream().flatMap(l -> l.criteria().stream())
            .map(Criterion::indicator).filter(r -> r != null && !NATIONAL_ACCOUNTS.equals(r.flow())).toList();
        try {
          flowSeries = flows.seriesAll(c, flowRecipes, first, lastYear);
        } catch (IllegalArgumentException e) {
          flowSeries = Map.of(); // measured one by one below, where the failing recipe is named
        }
      }
      for (Lens lens : codebook.lenses()) {
        for (Criterion cr : lens.criteria()) {
          Criterion.Indicator r = cr.indicator();
          if (r == null) continue;
          int before = out.size();
          if (NATIONAL_ACCOUNTS.equals(r.flow())) {
            measureAccounts(c, lens, cr, first, out, warnings);
          } else {
            measureFlows(c, lens, cr, first, flowSeries.get(cr.indicator()), out, warnings);
          }
          if (out.size() == before) warnings.add(c.id() + " " + lens.id() + "/" + cr.id() + ": no year measured");
        }
      }
    }
    return new Result(List.copyOf(out), List.copyOf(warnings));
  }

  private void measureFlows(IntegrationCase c, Lens lens, Criterion cr, int first, List<IndicatorReading> known,
                            List<MeasuredMembership> out, List<String> warnings) {
    Criterion.Indicator r = cr.indicator();
    if (first > lastYear) return;
    List<IndicatorReading> series;
    try {
      series = known != null ? known : flows.series(c, r, first, lastYear);
    } catch (IllegalArgumentException e) {
      warnings.add(c.id() + " " + lens.id() + "/" + cr.id() + ": " + e.getMessage());
      return;
    }
    SortedMap<Integer, List<String>> members = GroupSpec.of(c, c.id()).byYear(first, lastYear);
    String lastReason = null;
    for (IndicatorReading rd : series) {
      if (!rd.known()) {
        lastReason = rd.reason();
        continue;
      }
      out.add(new MeasuredMembership(c.id(), lens.id(), cr.id(), rd.year(), rd.raw(), rd.membership(),
          new MeasuredMembership.Provenance(r.index(), rd.source(), Integer.toString(rd.year()), members.getOrDefault(rd.year(), List.of()),
              r.exclusion(), r.crossover(), r.inclusion(), null, rd.notes())));
    }
    if (lastReason != null && series.stream().noneMatch(IndicatorReading::known)) warnings.add(c.id() + " " + lens.id() + "/" + cr.id() + ": " + lastReason);
  }

  private void measureAccounts(IntegrationCase c, Lens lens, Criterion cr, int first, List<MeasuredMembership> out, List<String> warnings) {
    Criterion.Indicator r = cr.indicator();
    if (accounts == null) {
      warnings.add(c.id() + " " + lens.id() + "/" + cr.id() + ": no national-accounts file given");
      return;
    }
    NationalAccountsIndex idx = NationalAccountsIndex.byId(r.index()).orElse(null);
    if (idx == null) {
      warnings.add(c.id() + " " + lens.id() + "/" + cr.id() + ": unknown national-accounts index '" + r.index() + "' (known: "
          + String.join(", ", NationalAccountsIndex.ids()) + ")");
      return;
    }
    int from = Math.max(first, accounts.firstYear() + idx.lookback()), to = Math.min(lastYear, accounts.lastYear());
    if (from > to) return;
    SortedMap<Integer, List<String>> members = GroupSpec.of(c, c.id()).byYear(from, to);
    for (var e : members.entrySet()) {
      NationalAccountsIndex.Value v = idx.compute(accounts, e.getValue(), e.getKey());
      if (Double.isNaN(v.value())) continue;
      double m = Calibration.direct(v.value(), r.exclusion(), r.crossover(), r.inclusion());
      List<String> notes = v.missing().isEmpty() ? List.of() : List.of("members without data left out: " + String.join(", ", v.missing()));
      out.add(new MeasuredMembership(c.id(), lens.id(), cr.id(), e.getKey(), v.value(), m,
          new MeasuredMembership.Provenance(r.index(), accounts.label(), v.years(), v.used(), r.exclusion(), r.crossover(), r.inclusion(), null, notes)));
    }
  }

  @Override
  public void close() { flows.close(); }
}
