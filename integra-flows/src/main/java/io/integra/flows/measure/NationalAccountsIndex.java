package io.integra.flows.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Indicator indices computed from national accounts ({@link NationalAccounts}) for a group in a
 * year. Pure arithmetic over the table; every value names the members whose data entered it.
 */
public enum NationalAccountsIndex {
  /**
   * Superior economic growth (thesis §4.5.1.5: "markedly superior growth to that of both the
   * neighboring countries and the recent past"). With {@code g_X(a,b)} the compound annual growth,
   * in percent, of real GDP per person of a set X of countries from year a to year b (Σ rgdpna /
   * Σ pop over X, the same countries at both ends):
   * {@code min(g_G(t-5,t) - g_G(t-10,t-5), g_G(t-5,t) - g_N(t-5,t))} in percentage points, G the
   * members on 1 July of t with data in t-10, t-5 and t, N every other country of the table with
   * data in t-5 and t. The smaller margin: superior to both, as the thesis reads it.
   */
  GROWTH_MARGIN("pwt-growth-margin", 10),
  /**
   * The power side of political capabilities (thesis §3.1, §4.5.1.4: power as capacity to act and
   * economic strength): the relative change over five years of the group's share of world real
   * GDP at chained PPPs, {@code 100 * (s(t)/s(t-5) - 1)} in percent, s = Σ_G rgdpe / Σ_W rgdpe, W
   * every country with rgdpe in both years (a balanced world, so that countries entering the
   * table do not move the share), G the members on 1 July of t within W.
   */
  WORLD_SHARE_CHANGE("pwt-world-share-change", 5);

  private final String id;
  private final int lookback;

  NationalAccountsIndex(String id, int lookback) {
    this.id = id;
    this.lookback = lookback;
  }

  public String id() { return id; }

  /** How many years before t the index reads. */
  public int lookback() { return lookback; }

  public static Optional<NationalAccountsIndex> byId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }

  public static List<String> ids() { return Arrays.stream(values()).map(NationalAccountsIndex::id).toList(); }

  /**
   * The group value in year t.
   *
   * @param value   the raw value, or NaN with {@code reason}
   * @param years   the years of data read, e.g. {@code 2007-2017}
   * @param used    members whose data entered the value
   * @param missing members left out for want of data
   */
  public record Value(double value, String years, List<String> used, List<String> missing, String reason) { }

  /** The value for {@code members} in {@code year}; at least half of the members must have data. */
  public Value compute(NationalAccounts data, List<String> members, int year) {
    int from = year - lookback;
    String years = from + "-" + year;
    if (from < data.firstYear() || year > data.lastYear()) {
      return new Value(Double.NaN, years, List.of(), List.of(), id + " reads " + years + "; the table covers " + data.firstYear() + "-" + data.lastYear());
    }
    List<String> used = new ArrayList<>(), missing = new ArrayList<>();
    int[] ys = this == GROWTH_MARGIN ? new int[] {year - 10, year - 5, year} : new int[] {year - 5, year};
    for (String m : members) {
      boolean ok = true;
      for (int y : ys) ok &= this == GROWTH_MARGIN ? positive(data.rgdpna(m, y)) && positive(data.pop(m, y)) : positive(data.rgdpe(m, y));
      (ok ? used : missing).add(m);
    }
    if (used.isEmpty() || used.size() * 2 < members.size()) {
      return new Value(Double.NaN, years, used, missing, "fewer than half of the members have " + (this == GROWTH_MARGIN ? "rgdpna and pop" : "rgdpe")
          + " in " + years + " (missing: " + String.join(", ", missing) + ")");
    }
    if (this == GROWTH_MARGIN) {
      double now = growth(data, used, year - 5, year), past = growth(data, used, year - 10, year - 5);
      List<String> others = new ArrayList<>();
      for (String iso : data.countries()) {
        if (!members.contains(iso) && positive(data.rgdpna(iso, year - 5)) && positive(data.pop(iso, year - 5))
            && positive(data.rgdpna(iso, year)) && positive(data.pop(iso, year))) others.add(iso);
      }
      if (others.isEmpty()) return new Value(Double.NaN, years, used, missing, "no non-member has data in " + (year - 5) + " and " + year);
      double neighbours = growth(data, others, year - 5, year);
      return new Value(Math.min(now - past, now - neighbours), years, used, missing, null);
    }
    double gT = 0, gF = 0, wT = 0, wF = 0;
    for (String iso : data.countries()) {
      double a = data.rgdpe(iso, year - 5), b = data.rgdpe(iso, year);
      if (!positive(a) || !positive(b)) continue;
      wF += a;
      wT += b;
      if (used.contains(iso)) { gF += a; gT += b; }
    }
    return new Value(100 * ((gT / wT) / (gF / wF) - 1), years, used, missing, null);
  }

  /** Compound annual growth in percent of Σ rgdpna / Σ pop over {@code set} from year a to year b. */
  static double growth(NationalAccounts data, List<String> set, int a, int b) {
    double ya = 0, pa = 0, yb = 0, pb = 0;
    for (String iso : set) {
      ya += data.rgdpna(iso, a);
      pa += data.pop(iso, a);
      yb += data.rgdpna(iso, b);
      pb += data.pop(iso, b);
    }
    return 100 * (Math.pow((yb / pb) / (ya / pa), 1.0 / (b - a)) - 1);
  }

  private static boolean positive(double v) { return !Double.isNaN(v) && v > 0; }
}
