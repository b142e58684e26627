package io.integra.flows;

import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.LoadReport;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.GroupYear;
import io.integra.flows.index.IndexCalculator;
import io.integra.flows.index.IndexRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Indices of one group over a span of years, from a loaded session: the engine aggregates, the calculator computes. */
public final class FlowAnalysis {
  private FlowAnalysis() { }

  /** Index records in year order, and the warnings met on the way. */
  public record Result(List<IndexRecord> records, List<String> warnings) { }

  public static Result indices(FlowSession session, GroupSpec group, int from, int to, List<FlowIndex> indices,
                               IndexCalculator calc) {
    LoadReport r = session.report();
    for (int y : new int[] {from, to}) {
      if (y < r.firstYear() || y > r.lastYear()) {
        throw new FlowDataException("year " + y + " is outside the data (" + r.firstYear() + "-" + r.lastYear() + ")");
      }
    }
    if (from > to) throw new FlowDataException("--from " + from + " is after --to " + to);
    SortedMap<Integer, List<String>> byYear = group.byYear(from, to);
    List<IndexRecord> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (byYear.isEmpty()) {
      warnings.add(group.label() + ": no members between " + from + " and " + to);
      return new Result(out, warnings);
    }
    Map<Integer, GroupYear> years = session.groupYears(byYear);
    for (GroupYear gy : years.values()) {
      IndexCalculator.Result res = calc.compute(group.label(), gy, indices);
      out.addAll(res.records());
      warnings.addAll(res.warnings());
    }
    return new Result(out, warnings);
  }
}
