package io.integra.flows.engine;

import io.integra.flows.data.LoadReport;
import io.integra.flows.index.GroupYear;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** A loaded, normalised and aggregated flow file, ready to answer group queries. */
public interface FlowSession extends AutoCloseable {
  LoadReport report();

  /**
   * The aggregates of a group for each year of {@code membersByYear} (members as ISO3 codes).
   * Years without data are left out.
   */
  Map<Integer, GroupYear> groupYears(SortedMap<Integer, List<String>> membersByYear);

  @Override
  void close();
}
