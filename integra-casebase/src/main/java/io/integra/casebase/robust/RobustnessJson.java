package io.integra.casebase.robust;

import io.integra.core.cases.Evidence;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.robust.Alternative;
import io.integra.core.robust.Change;
import io.integra.core.robust.CriterionSpace;
import io.integra.core.robust.Flip;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.Influence;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.Separation;
import io.integra.core.robust.VerdictDistribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON shapes of the robustness commands and of the web's {@code /api/robustness}
 * (docs/robustness.md): maps for a JSON writer, one shape for both so that they cannot drift.
 * Fields are only ever added.
 */
public final class RobustnessJson {
  private RobustnessJson() { }

  /** {@code integra robustness assess --format json}: the distribution with the space, and the flips. */
  public static Map<String, Object> assess(VerdictDistribution d, PerturbationSpace space, FlipSearch.Result flips) {
    Map<String, Object> m = distribution(d, space);
    m.put("flips", flips(flips));
    return m;
  }

  public static String pct(double share) { return String.format(Locale.ROOT, "%.1f %%", 100 * share); }

  public static String count(double n) { return String.format(Locale.ROOT, "%,.0f", n); }

  /** "pluralistic in 87.5 % of 4,096 admissible codings" (or "of 10,000 drawn from ..."). */
  public static String summary(VerdictDistribution d) {
    String of = d.exhaustive() ? count(d.evaluated()) + " admissible codings"
        : count(d.evaluated()) + " codings drawn (seed " + d.seed() + ") from " + count(d.size());
    return d.label() + " in " + pct(d.share()) + " of " + of;
  }

  public static Map<String, Object> distribution(VerdictDistribution d, PerturbationSpace space) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("case", d.caseId());
    m.put("lens", d.lensId());
    m.put("at", d.at().toString());
    m.put("verdict", d.label());
    m.put("summary", summary(d));
    m.put("share", d.share());
    m.put("settledShare", d.settledShare());
    m.put("size", d.size());
    m.put("evaluated", d.evaluated());
    m.put("exhaustive", d.exhaustive());
    m.put("seed", d.seed());
    List<Map<String, Object>> counts = new ArrayList<>();
    d.counts().forEach((k, v) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("verdict", k);
      c.put("count", v);
      c.put("share", v / (double) d.evaluated());
      counts.add(c);
    });
    m.put("verdicts", counts);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", d.outcome());
    o.put("low", Double.isNaN(d.outcomeLow()) ? null : d.outcomeLow());
    o.put("high", Double.isNaN(d.outcomeHigh()) ? null : d.outcomeHigh());
    m.put("outcome", o);
    List<Map<String, Object>> tornado = new ArrayList<>();
    for (Influence i : d.influences()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", i.id());
      t.put("kind", i.kind());
      t.put("values", i.values());
      t.put("moved", i.moved());
      t.put("changed", i.changed());
      t.put("share", i.share());
      t.put("effect", i.effect());
      t.put("swing", i.swing());
      t.put("alone", i.aloneLabels());
      tornado.add(t);
    }
    m.put("tornado", tornado);
    if (space != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("bands", space.bands());
      s.put("members", space.members());
      s.put("commonGovernment", space.commonGovernment());
      List<Map<String, Object>> criteria = new ArrayList<>();
      for (CriterionSpace cs : space.criteria()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("criterion", cs.criterion());
        c.put("scale", cs.scale() == null ? null : cs.scale().id());
        List<Map<String, Object>> values = new ArrayList<>();
        for (Alternative a : cs.alternatives()) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("low", a.low());
          v.put("high", a.high());
          v.put("source", a.source());
          v.put("steps", a.steps());
          values.add(v);
        }
        c.put("values", values);
        c.put("measured", measured(cs.measured()));
        criteria.add(c);
      }
      s.put("criteria", criteria);
      m.put("space", s);
    }
    return m;
  }

  public static Map<String, Object> flips(FlipSearch.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", r.label());
    m.put("searchedUpTo", r.searchedUpTo());
    m.put("truncated", r.truncated());
    m.put("sets", r.flips().stream().map(RobustnessJson::flip).toList());
    return m;
  }

  public static Map<String, Object> flip(Flip f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", f.label());
    m.put("steps", f.steps());
    m.put("changes", f.changes().stream().map(RobustnessJson::change).toList());
    return m;
  }

  public static Map<String, Object> change(Change c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("criterion", c.criterion());
    m.put("from", interval(c.fromLow(), c.fromHigh()));
    m.put("to", interval(c.toLow(), c.toHigh()));
    m.put("steps", c.steps());
    m.put("rationale", c.rationale());
    List<Map<String, Object>> ev = new ArrayList<>();
    for (Evidence e : c.evidence()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("source", e.source());
      x.put("locator", e.locator());
      x.put("quote", e.quote());
      ev.add(x);
    }
    m.put("evidence", ev);
    m.put("measured", measured(c.measured()));
    return m;
  }

  /** A measured membership the assessment uses: its value, raw value, data and the recipe's anchors; null when none. */
  public static Map<String, Object> measured(MeasuredMembership mm) {
    if (mm == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("membership", mm.membership());
    m.put("raw", mm.raw());
    m.put("year", mm.year());
    m.put("index", mm.provenance().index());
    m.put("dataset", mm.provenance().dataset());
    m.put("years", mm.provenance().years());
    m.put("members", mm.provenance().members());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("exclusion", mm.provenance().exclusion());
    a.put("crossover", mm.provenance().crossover());
    a.put("inclusion", mm.provenance().inclusion());
    m.put("anchors", a);
    return m;
  }

  public static Object interval(double lo, double hi) { return lo == hi ? (Object) lo : List.of(lo, hi); }

  public static Map<String, Object> separation(Separation s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", s.caseA());
    m.put("to", s.caseB());
    m.put("verdictFrom", s.labelA());
    m.put("verdictTo", s.labelB());
    m.put("differing", s.differing());
    m.put("reachable", s.reachable());
    m.put("sets", s.sets().stream().map(RobustnessJson::flip).toList());
    return m;
  }
}
