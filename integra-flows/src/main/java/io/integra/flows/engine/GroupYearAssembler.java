package io.integra.flows.engine;

import io.integra.flows.index.GroupYear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@link GroupYear}s from the small row sets every engine returns for a group query, so
 * the step from engine output to index input is the same code whatever the engine.
 */
public final class GroupYearAssembler {
  /** A member's flow to one partner economy in one year. */
  public record Dyad(int year, String origin, String destination, double value) { }

  /** One value for one economy (outflow or inflow) in one year. */
  public record Total(int year, String iso3, double value) { }

  private GroupYearAssembler() { }

  public static Map<Integer, GroupYear> assemble(SortedMap<Integer, List<String>> membersByYear, List<Dyad> dyads,
                                                 List<Total> outflows, List<Total> inflows, Map<Integer, Double> world) {
    Map<Integer, List<Dyad>> dy = new HashMap<>();
    for (Dyad d : dyads) dy.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(d);
    Map<Integer, Map<String, Double>> out = index(outflows);
    Map<Integer, Map<String, Double>> in = index(inflows);
    Map<Integer, GroupYear> result = new TreeMap<>();
    for (var e : membersByYear.entrySet()) {
      int year = e.getKey();
      Double w = world.get(year);
      if (w == null) continue; // no data that year
      List<String> members = e.getValue().stream().sorted().distinct().toList();
      List<Dyad> rows = dy.getOrDefault(year, List.of());
      List<String> partners = new ArrayList<>(new TreeSet<>(rows.stream().map(Dyad::destination).toList()));
      Map<String, Integer> mi = positions(members);
      Map<String, Integer> pi = positions(partners);
      double[][] to = new double[members.size()][partners.size()];
      for (double[] r : to) Arrays.fill(r, Double.NaN);
      for (Dyad d : rows) {
        Integer i = mi.get(d.origin());
        if (i != null) to[i][pi.get(d.destination())] = d.value();
      }
      double[] o = new double[members.size()];
      double[] n = new double[members.size()];
      for (int i = 0; i < members.size(); i++) {
        o[i] = out.getOrDefault(year, Map.of()).getOrDefault(members.get(i), 0.0);
        n[i] = in.getOrDefault(year, Map.of()).getOrDefault(members.get(i), 0.0);
      }
      result.put(year, new GroupYear(year, members, partners, to, o, n, w));
    }
    return result;
  }

  private static Map<Integer, Map<String, Double>> index(List<Total> totals) {
    Map<Integer, Map<String, Double>> m = new HashMap<>();
    for (Total t : totals) m.computeIfAbsent(t.year(), k -> new HashMap<>()).put(t.iso3(), t.value());
    return m;
  }

  private static Map<String, Integer> positions(List<String> list) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < list.size(); i++) m.put(list.get(i), i);
    return m;
  }
}
