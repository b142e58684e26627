package io.integra.flows;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.indicator.IndicatorProvider;
import io.integra.core.indicator.IndicatorReading;
import io.integra.flows.data.FlowSource;
import io.integra.flows.duckdb.DuckDbEngine;
import io.integra.flows.engine.FlowEngine;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.Progress;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import io.integra.flows.index.IndexRecord;
import io.integra.qca.calibrate.Calibration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Measures a criterion from data: a codebook's indicator recipe ({@link Criterion.Indicator}:
 * index, flow, anchors) applied to a case in a year gives the raw group value of the index and
 * its calibrated membership (direct method, integra-qca's {@link Calibration#direct}). Members are those on
 * 1 July of the year ({@link GroupSpec}). Each flow's file is loaded once and kept until
 * {@link #close()}.
 *
 * <p>As an {@link IndicatorProvider} it answers spans of years with one group query per case and
 * recipe, and never turns missing data into a number: a year outside the file, a year without
 * members, a flow with no file, or an index undefined for the year (a zero denominator) is a
 * reading with null values and the reason.
 */
public final class IndicatorService implements IndicatorProvider {
  /** The raw index value and its membership in the criterion's set; NaN when the data do not allow it. */
  public record Measurement(String caseId, int year, String index, String flow, double value, double membership) { }

  private final Map<String, FlowSource> sources;
  private final Map<String, String> missingHints;
  private final FlowEngine engine;
  private final Map<String, FlowSession> sessions = new HashMap<>();
  private final Map<String, List<IndicatorReading>> memo = new HashMap<>();

  /**
   * @param sources      the data for each flow named by indicators (e.g. {@code trade} -&gt; the DOTS file)
   * @param missingHints for a flow without data, what to tell the reader (e.g. the option that gives it); may be empty
   */
  public IndicatorService(Map<String, FlowSource> sources, Map<String, String> missingHints, FlowEngine engine) {
    this.sources = Map.copyOf(sources);
    this.missingHints = Map.copyOf(missingHints);
    this.engine = engine;
  }

  public IndicatorService(Map<String, FlowSource> sources, FlowEngine engine) { this(sources, Map.of(), engine); }

  public IndicatorService(Map<String, FlowSource> sources) { this(sources, Map.of(), new DuckDbEngine()); }

  /** The recipe for one year, as plain numbers (NaN where the data do not allow it). */
  public Measurement measure(IntegrationCase c, Criterion.Indicator indicator, int year) {
    FlowIndex idx = index(indicator);
    FlowSource src = indicator.flow() == null ? null : sources.get(indicator.flow());
    if (src == null) {
      throw new IllegalArgumentException("no data for flow '" + indicator.flow() + "' (have " + sources.keySet() + ")");
    }
    IndicatorReading r = series(c, indicator, year, year).get(0);
    double v = r.raw() == null ? Double.NaN : r.raw();
    return new Measurement(c.id(), year, idx.id(), indicator.flow(), v, r.membership() == null ? Double.NaN : r.membership());
  }

  @Override
  public List<IndicatorReading> series(IntegrationCase c, Criterion.Indicator recipe, int fromYear, int toYear) {
    if (fromYear > toYear) throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
    // a recipe for a data set this service was not given (e.g. national accounts) is missing, not an error
    FlowIndex idx = recipe.flow() != null && sources.containsKey(recipe.flow()) ? index(recipe) : null;
    String key = key(c, recipe, fromYear, toYear);
    List<IndicatorReading> hit = memo.get(key);
    if (hit != null) return hit;
    List<IndicatorReading> out = compute(c, recipe, idx, fromYear, toYear);
    memo.put(key, out);
    return out;
  }

  /**
   * Several recipes for one case at once: recipes that read the same flow share one group query
   * (the costly part), so measuring every recipe of a codebook costs one query per case and flow.
   * Results are the same as {@link #series} for each recipe (and are remembered for it).
   */
  public Map<Criterion.Indicator, List<IndicatorReading>> seriesAll(IntegrationCase c, List<Criterion.Indicator> recipes, int fromYear, int toYear) {
    if (fromYear > toYear) throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
    Map<Criterion.Indicator, List<IndicatorReading>> out = new java.util.LinkedHashMap<>();
    Map<String, List<Criterion.Indicator>> byFlow = new java.util.LinkedHashMap<>();
    for (Criterion.Indicator r : new java.util.LinkedHashSet<>(recipes)) {
      List<IndicatorReading> hit = memo.get(key(c, r, fromYear, toYear));
      if (hit != null) out.put(r, hit);
      else if (r.flow() != null && sources.containsKey(r.flow())) byFlow.computeIfAbsent(r.flow(), f -> new ArrayList<>()).add(r);
      else out.put(r, series(c, r, fromYear, toYear));
    }
    for (List<Criterion.Indicator> rs : byFlow.values()) {
      Map<Criterion.Indicator, List<IndicatorReading>> got = compute(c, rs, fromYear, toYear);
      got.forEach((r, l) -> memo.put(key(c, r, fromYear, toYear), l));
      out.putAll(got);
    }
    return out;
  }

  private static String key(IntegrationCase c, Criterion.Indicator recipe, int fromYear, int toYear) {
    return c.id() + "\u0000" + recipe + "\u0000" + fromYear + "\u0000" + toYear;
  }

  private List<IndicatorReading> compute(IntegrationCase c, Criterion.Indicator recipe, FlowIndex idx, int from, int to) {
    FlowSource src = recipe.flow() == null ? null : sources.get(recipe.flow());
    if (src == null) {
      List<IndicatorReading> out = new ArrayList<>();
      String hint = recipe.flow() == null ? null : missingHints.get(recipe.flow());
      String reason = recipe.flow() == null ? "the recipe names no flow (data set) to read"
          : "no data given for flow '" + recipe.flow() + "'" + (hint == null ? "" : " (" + hint + ")");
      for (int y = from; y <= to; y++) out.add(IndicatorReading.missing(recipe, y, null, reason));
      return out;
    }
    return compute(c, List.of(recipe), from, to).get(recipe);
  }

  /** The recipes (all with the same flow, which has a source) through one group query. */
  private Map<Criterion.Indicator, List<IndicatorReading>> compute(IntegrationCase c, List<Criterion.Indicator> recipes, int from, int to) {
    String flow = recipes.get(0).flow();
    FlowSource src = sources.get(flow);
    List<FlowIndex> idxs = new ArrayList<>();
    for (Criterion.Indicator r : recipes) {
      FlowIndex i = index(r);
      if (!idxs.contains(i)) idxs.add(i);
    }
    String source = sourceLabel(src);
    FlowSession s = sessions.computeIfAbsent(flow, f -> engine.open(src, Progress.NONE));
    int first = Math.max(from, s.report().firstYear()), last = Math.min(to, s.report().lastYear());
    GroupSpec group = GroupSpec.of(c, c.id());
    Map<String, Map<Integer, Double>> values = new HashMap<>();
    Map<Integer, List<String>> notes = new HashMap<>();
    SortedMap<Integer, List<String>> members = first <= last ? group.byYear(first, last) : new java.util.TreeMap<>();
    if (!members.isEmpty()) {
      var res = FlowAnalysis.indices(s, group, members.firstKey(), members.lastKey(), idxs, new IndexCalculator());
      for (IndexRecord r : res.records()) {
        if (r.isGroupValue()) values.computeIfAbsent(r.index(), k -> new HashMap<>()).put(r.year(), r.value());
      }
      for (String w : res.warnings()) {
        // warnings read "<group> <year>: ..."; keep them with their year
        String rest = w.startsWith(group.label() + " ") ? w.substring(group.label().length() + 1) : w;
        int colon = rest.indexOf(':');
        try {
          int y = Integer.parseInt(rest.substring(0, colon).trim());
          List<String> n = notes.computeIfAbsent(y, k -> new ArrayList<>());
          String text = rest.substring(colon + 1).trim();
          if (!n.contains(text)) n.add(text);
        } catch (RuntimeException e) {
          // a warning without a year does not belong to one reading
        }
      }
    }
    Map<Criterion.Indicator, List<IndicatorReading>> all = new java.util.LinkedHashMap<>();
    for (Criterion.Indicator recipe : recipes) {
      FlowIndex idx = index(recipe);
      Map<Integer, Double> vs = values.getOrDefault(idx.id(), Map.of());
      List<IndicatorReading> out = new ArrayList<>();
      for (int y = from; y <= to; y++) {
        if (y < s.report().firstYear() || y > s.report().lastYear()) {
          out.add(IndicatorReading.missing(recipe, y, source, "no data for " + y + ": the file covers "
              + s.report().firstYear() + "-" + s.report().lastYear()));
        } else if (!members.containsKey(y)) {
          out.add(IndicatorReading.missing(recipe, y, source, "no full members on 1 July " + y));
        } else if (!vs.containsKey(y)) {
          out.add(IndicatorReading.missing(recipe, y, source, "the file has no " + recipe.flow() + " data for " + y));
        } else if (Double.isNaN(vs.get(y))) {
          out.add(IndicatorReading.missing(recipe, y, source, idx.id() + " is undefined for " + y
              + " (a zero denominator: no flows reported for the members)"));
        } else {
          double v = vs.get(y);
          double m = Calibration.direct(v, recipe.exclusion(), recipe.crossover(), recipe.inclusion());
          out.add(new IndicatorReading(recipe, y, v, m, source, null, notes.getOrDefault(y, List.of())));
        }
      }
      all.put(recipe, List.copyOf(out));
    }
    return all;
  }

  private static FlowIndex index(Criterion.Indicator recipe) {
    FlowIndex idx = FlowIndex.byId(recipe.index())
        .orElseThrow(() -> new IllegalArgumentException("unknown index '" + recipe.index() + "' in an indicator recipe (known: "
            + String.join(", ", FlowIndex.ids()) + ")"));
    if (!idx.hasGroupValue()) {
      throw new IllegalArgumentException("index '" + idx.id() + "' of an indicator recipe has no group value (only per dyad or member)");
    }
    return idx;
  }

  /** The file, its layout and flow code, as shown beside a measured value. */
  static String sourceLabel(FlowSource src) {
    String flow = src.flowOrDefault();
    return src.data().getFileName() + " (" + src.format().id() + (flow == null ? "" : ", " + flow) + ")";
  }

  @Override
  public void close() {
    sessions.values().forEach(FlowSession::close);
    sessions.clear();
    memo.clear();
  }
}
