package io.integra.cli.robust;

import io.integra.cli.Text;
import io.integra.core.cases.Evidence;
import io.integra.core.robust.Change;
import io.integra.core.robust.Flip;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.Influence;
import io.integra.core.robust.Separation;
import io.integra.core.robust.VerdictDistribution;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text output of the robustness commands (80 columns). */
final class RobustnessText {
  private RobustnessText() { }

  static String pct(double share) { return io.integra.casebase.json.RobustnessText.pct(share); }

  static String count(double n) { return io.integra.casebase.json.RobustnessText.count(n); }

  /** "pluralistic in 87.5 % of 4,096 admissible codings" (or "of 10,000 drawn from ..."). */
  static String summary(VerdictDistribution d) { return io.integra.casebase.json.RobustnessText.summary(d); }

  static void distribution(PrintWriter out, VerdictDistribution d) {
    out.println(d.caseId() + " through " + d.lensId() + " at " + d.at());
    out.println("  " + summary(d));
    for (Map.Entry<String, Long> e : d.counts().entrySet()) {
      double s = e.getValue() / (double) d.evaluated();
      out.printf(Locale.ROOT, "    %-16s %12s %8s  %s%n", Text.cut(e.getKey(), 16), count(e.getValue()), pct(s),
          "#".repeat((int) Math.round(30 * s)));
    }
    out.println("  settled (holds whatever the unknown criteria are) in " + pct(d.settledShare()));
    if (d.outcome() != null) {
      out.printf(Locale.ROOT, "  deciding outcome %s ranges over [%.2f, %.2f]%n", d.outcome(), d.outcomeLow(), d.outcomeHigh());
    }
  }

  static void tornado(PrintWriter out, List<Influence> influences, int max) {
    if (influences.isEmpty()) {
      out.println("  nothing varies: the verdict rests on no perturbable value");
      return;
    }
    out.println("  what moves the verdict most (share: of the perturbations moving it, those");
    out.println("  changing the verdict; effect: that share less the share when it stays;");
    out.println("  swing of the deciding outcome and verdicts reached moving it alone):");
    out.printf(Locale.ROOT, "    %-22s %3s %8s %8s %5s  %s%n", "source", "n", "share", "effect", "swing", "alone");
    int n = 0;
    for (Influence i : influences) {
      if (n++ == max) { out.println("    ... " + (influences.size() - max) + " more (--format json lists all)"); break; }
      out.printf(Locale.ROOT, "    %-22s %3d %8s %8s %5.2f  %s%n", Text.cut(i.id(), 22), i.values(), pct(i.share()),
          pct(i.effect()), i.swing(), Text.cut(i.aloneLabels().isEmpty() ? "-" : String.join(", ", i.aloneLabels()), 16));
    }
  }

  static void flips(PrintWriter out, FlipSearch.Result r) {
    if (r.flips().isEmpty()) {
      out.println("  no set of up to " + r.searchedUpTo() + " criterion changes flips the verdict"
          + (r.truncated() ? " (search stopped at its budget)" : ""));
      return;
    }
    out.println("  what would flip it (smallest sets of changes on the criteria's scales):");
    int k = 1;
    for (Flip f : r.flips()) {
      out.println("    " + k++ + ". => " + f.label() + "  (" + f.steps() + " step" + (f.steps() == 1 ? "" : "s") + ")");
      for (Change c : f.changes()) change(out, c);
    }
    if (r.truncated()) out.println("    (search stopped at its budget after sets of " + r.searchedUpTo() + ")");
  }

  static void change(PrintWriter out, Change c) {
    out.println("       " + Text.cut(c.criterion() + " " + value(c.fromLow(), c.fromHigh()) + " -> " + value(c.toLow(), c.toHigh()), 70));
    if (c.measured() != null) {
      var mm = c.measured();
      var pv = mm.provenance();
      out.println("         " + Text.cut(String.format(Locale.ROOT, "measured %.2f from %s = %.4g (%s, %s); anchors %.4g / %.4g / %.4g",
          mm.membership(), pv.index(), mm.raw(), pv.dataset(), pv.years(), pv.exclusion(),
          pv.crossover(), pv.inclusion()), 71));
    } else if (c.evidence().isEmpty()) {
      out.println("         no evidence on record" + (c.fromLow() != c.fromHigh() ? " (uncoded: coding it would decide)" : ""));
    }
    for (Evidence e : c.evidence()) {
      String where = "[" + e.source() + (e.locator() == null ? "" : ", " + e.locator()) + "]";
      out.println("         " + Text.cut(where + " " + (e.quote() == null ? "" : "\"" + e.quote().strip() + "\""), 71));
    }
  }

  static String value(double lo, double hi) {
    return lo == hi ? String.format(Locale.ROOT, "%.2f", lo) : String.format(Locale.ROOT, "[%.2f, %.2f]", lo, hi);
  }

  static void separation(PrintWriter out, Separation s) {
    out.println("what separates " + s.caseA() + " (" + s.labelA() + ") from " + s.caseB() + " (" + s.labelB() + "):");
    if (s.labelA().equals(s.labelB())) {
      out.println("  the same verdict; they differ on " + s.differing().size() + " criteria");
      return;
    }
    if (s.sets().isEmpty()) {
      out.println(s.reachable() ? "  no small set found; all " + s.differing().size() + " differing criteria together do it"
          : "  not the codings: with all of " + s.caseB() + "'s values " + s.caseA() + " keeps another verdict (members, institutions)");
      return;
    }
    int k = 1;
    for (Flip f : s.sets()) {
      out.println("  " + k++ + ". giving " + s.caseA() + " " + s.caseB() + "'s value on " + f.size() + " criteri" + (f.size() == 1 ? "on" : "a") + ":");
      for (Change c : f.changes()) change(out, c);
    }
  }
}
