package io.integra.flows;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.flows.data.FlowSource;
import io.integra.flows.duckdb.DuckDbEngine;
import io.integra.flows.engine.FlowEngine;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.Progress;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.DirectCalibration;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import io.integra.flows.index.IndexRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a criterion from data: a codebook's indicator recipe ({@link Criterion.Indicator}:
 * index, flow, anchors) applied to a case in a year gives the raw group value of the index and
 * its calibrated membership (direct method, {@link DirectCalibration}). Members are those on
 * 1 July of the year ({@link GroupSpec}). Each flow's file is loaded once and kept until
 * {@link #close()}.
 */
public final class IndicatorService implements AutoCloseable {
  /** The raw index value and its membership in the criterion's set; NaN when the data do not allow it. */
  public record Measurement(String caseId, int year, String index, String flow, double value, double membership) { }

  private final Map<String, FlowSource> sources;
  private final FlowEngine engine;
  private final Map<String, FlowSession> sessions = new HashMap<>();

  /** @param sources the data for each flow named by indicators (e.g. {@code trade} -&gt; the DOTS file) */
  public IndicatorService(Map<String, FlowSource> sources, FlowEngine engine) {
    this.sources = Map.copyOf(sources);
    this.engine = engine;
  }

  public IndicatorService(Map<String, FlowSource> sources) { this(sources, new DuckDbEngine()); }

  public Measurement measure(IntegrationCase c, Criterion.Indicator indicator, int year) {
    FlowIndex idx = FlowIndex.byId(indicator.index())
        .orElseThrow(() -> new IllegalArgumentException("unknown index '" + indicator.index() + "' in indicator recipe"));
    if (!idx.hasGroupValue()) throw new IllegalArgumentException("index '" + idx.id() + "' has no group value");
    FlowSource src = sources.get(indicator.flow());
    if (src == null) {
      throw new IllegalArgumentException("no data for flow '" + indicator.flow() + "' (have " + sources.keySet() + ")");
    }
    FlowSession s = sessions.computeIfAbsent(indicator.flow(), f -> engine.open(src, Progress.NONE));
    var res = FlowAnalysis.indices(s, GroupSpec.of(c, c.id()), year, year, List.of(idx), new IndexCalculator());
    double v = res.records().stream().filter(IndexRecord::isGroupValue).filter(r -> r.index().equals(idx.id()))
        .mapToDouble(IndexRecord::value).findFirst().orElse(Double.NaN);
    double m = DirectCalibration.membership(v, indicator.exclusion(), indicator.crossover(), indicator.inclusion());
    return new Measurement(c.id(), year, idx.id(), indicator.flow(), v, m);
  }

  @Override
  public void close() {
    sessions.values().forEach(FlowSession::close);
    sessions.clear();
  }
}
