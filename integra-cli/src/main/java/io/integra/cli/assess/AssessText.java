package io.integra.cli.assess;

import io.integra.cli.Text;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.Disintegration;
import io.integra.core.assess.ObjectiveMatrix;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Objective;
import io.integra.core.codebook.Role;
import io.integra.core.formula.Membership;
import java.io.PrintWriter;
import io.integra.core.indicator.IndicatorReading;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text rendering (80 columns) of assessments, shared by assess and compare. */
final class AssessText {
  private AssessText() { }

  static String m(Membership x) { return VerdictRule.format(x); }

  static String signed(Double d) { return d == null ? "?" : String.format(Locale.ROOT, "%+.2f", d); }

  /** Wraps to 80 columns; continuation lines are indented two more (a hanging indent). */
  static void wrap(PrintWriter out, String text, String indent) {
    List<String> first = Text.wrap(text, indent, Text.WIDTH);
    if (first.isEmpty()) return;
    String head = first.get(0);
    out.println(head);
    String rest = text.trim().substring(head.trim().length()).trim();
    if (!rest.isEmpty()) Text.wrap(rest, indent + "  ", Text.WIDTH).forEach(out::println);
  }

  static void print(PrintWriter out, Assessment a) { print(out, a, Map.of()); }

  /** With the data-based readings of criteria that have an indicator recipe (empty: none shown). */
  static void print(PrintWriter out, Assessment a, Map<String, IndicatorReading> indicators) { print(out, a, indicators, null); }

  /** With a line saying where the date lies against the codings and measured years (null: none). */
  static void print(PrintWriter out, Assessment a, Map<String, IndicatorReading> indicators, String evidence) {
    wrap(out, a.caseName() + " (" + a.caseId() + ") through " + a.lensId() + " at " + a.at(), "");
    out.println("Coder: " + (a.coder() == null ? "none (no coding holds: every criterion unknown)" : a.coder()));
    if (evidence != null) wrap(out, "Evidence: " + evidence + ".", "");
    wrap(out, "Members (" + a.members().size() + "): " + String.join(" ", a.members())
        + (a.suspended().isEmpty() ? "" : "; suspended: " + String.join(" ", a.suspended())), "");
    out.println();
    String v = a.verdict().label() == null ? "no verdict rule for this lens kind" : a.verdict().label().id().toUpperCase(Locale.ROOT);
    if (a.verdict().coupling() != null) v += ", " + a.verdict().coupling().id() + "ly coupled";
    if (!io.integra.core.assess.VerdictRule.settled(a)) v += " (the evidence cannot decide: it rests on uncoded criteria)";
    wrap(out, "Verdict: " + v, "");
    if (!a.otherCoders().isEmpty()) otherCoders(out, a);
    for (String r : a.verdict().reasons()) wrap(out, "- " + r, "  ");
    out.println();
    out.println(String.format("%-34s %14s %9s  %s", "Outcome", "value", "distance", "side"));
    for (OutcomeResult o : a.outcomes()) {
      out.println(String.format("  %-32s %14s %9s  %s", Text.cut(o.id(), 32), m(o.membership()), signed(o.distance()), o.side()));
    }
    out.println();
    out.println(String.format("%-30s %12s %12s %-8s %5s", "Criterion", "membership", "gap", "basis", "evid."));
    for (CriterionResult c : a.criteria()) {
      out.println(String.format("  %-28s %12s %12s %-8s %5s", Text.cut(c.id(), 28), c.known() ? m(c.membership()) : "unknown",
          c.known() ? m(c.gap()) : "?", c.basis().id(), c.evidence().isEmpty() ? "" : Integer.toString(c.evidence().size())));
    }
    measured(out, a);
    indicators(out, a, indicators);
    if (a.criteria().stream().anyMatch(c -> c.has(Role.LI_STAGE))) {
      out.println();
      wrap(out, "LI stages: " + String.join(", ", a.criteria().stream().filter(c -> c.has(Role.LI_STAGE))
          .map(c -> c.id() + " " + m(c.membership())).toList()), "");
    }
    out.println();
    wrap(out, "Ideal type (Weber): fit " + m(a.idealType().fit()) + " (weakest counted criterion), mean gap "
        + m(a.idealType().meanGap()), "");
    wrap(out, "counted roles: " + String.join(", ", a.idealType().counted()), "  ");
    if (!a.idealType().holdingBack().isEmpty()) {
      out.println("  Holding the case back most:");
      for (CriterionResult c : a.idealType().holdingBack()) {
        wrap(out, c.id() + " " + m(c.membership()) + " (gap " + m(c.gap()) + ")" + (c.rationale() == null ? "" : ": " + c.rationale()), "    ");
        evidence(out, c.evidence(), "      ");
      }
    }
    out.println();
    out.println("Dimensions (thesis §4.4.2)");
    dimension(out, a.dimensions().political());
    dimension(out, a.dimensions().economic());
    dimension(out, a.dimensions().social());
    objectives(out, a.objectives());
    disintegration(out, a.disintegration());
    out.flush();
  }

  /** The measured memberships of the year with their provenance, and where they part from the coded ones. */
  private static void measured(PrintWriter out, Assessment a) {
    List<CriterionResult> ms = a.criteria().stream().filter(CriterionResult::hasMeasured).toList();
    if (ms.isEmpty()) return;
    out.println();
    wrap(out, "Measured memberships, " + a.at().getYear() + " (docs/measured.md: the codebook's recipes on the shared data, members "
        + "on 1 July; the coded membership decides where both exist):", "");
    for (CriterionResult c : ms) {
      var mm = c.measured();
      var p = mm.provenance();
      String head = String.format(Locale.ROOT, "%s measured %.2f (raw %s, %s; %s, %s)", c.id(), mm.membership(), raw(mm.raw()), p.index(),
          p.dataset(), p.years());
      if (c.coded()) head += String.format(Locale.ROOT, "; coded %.2f", c.coding().score());
      if (c.disagreement() != null) {
        head += c.disagreement().kind().equals("opposite-sides") ? " - DISAGREE: on opposite sides of 0.5"
            : String.format(Locale.ROOT, " - DISAGREE: %+.2f, at least one scale step (%.2f)", c.disagreement().difference(), c.disagreement().step());
      }
      wrap(out, "- " + head, "  ");
      wrap(out, "members: " + String.join(" ", p.members()), "    ");
      for (String n : p.notes()) wrap(out, "note: " + n, "    ");
    }
  }

  private static void indicators(PrintWriter out, Assessment a, Map<String, IndicatorReading> indicators) {
    if (indicators.isEmpty()) return;
    out.println();
    int year = indicators.values().iterator().next().year();
    wrap(out, "Data-based memberships, " + year + " (members on 1 July; the codebook's recipes, calibrated by the direct "
        + "method). The outcomes above use the coded membership (else the bundled measured one, docs/measured.md); "
        + "these, from the files given, are shown for comparison.", "");
    out.println(String.format("  %-24s %6s %6s %12s  %s", "Criterion", "coded", "data", "raw", "index"));
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    for (CriterionResult c : a.criteria()) {
      IndicatorReading r = indicators.get(c.id());
      if (r == null) continue;
      out.println(String.format(Locale.ROOT, "  %-24s %6s %6s %12s  %s", Text.cut(c.id(), 24), c.coded() ? m(Membership.of(c.coding().score())) : "?",
          r.known() ? String.format(Locale.ROOT, "%.2f", r.membership()) : "-", r.known() ? raw(r.raw()) : "-", Text.cut(r.recipe().index(), 28)));
      if (!r.known()) wrap(out, "no value: " + r.reason(), "    ");
      for (String n : r.notes()) wrap(out, "note: " + n, "    ");
      String flow = r.recipe().flow() == null ? "?" : r.recipe().flow();
      sources.putIfAbsent(flow, r.source() == null ? "no data given" : r.source());
    }
    sources.forEach((flow, src) -> wrap(out, "data for '" + flow + "': " + src, "  "));
  }

  private static String raw(double v) {
    return Math.abs(v) >= 1e6 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.4f", v);
  }

  static void evidence(PrintWriter out, List<Evidence> evidence, String indent) {
    for (Evidence e : evidence) {
      wrap(out, "[" + e.source() + (e.locator() == null ? "" : ", " + e.locator()) + "]" + (e.quote() == null ? "" : " \"" + e.quote() + "\""), indent);
    }
  }

  /** One line per other coder holding a coding at the date: shown beside the deciding coding, not deciding. */
  private static void otherCoders(PrintWriter out, Assessment a) {
    for (io.integra.core.assess.OtherCoding o : a.otherCoders()) {
      List<String> scores = new java.util.ArrayList<>();
      o.scores().forEach((k, x) -> scores.add(k + " " + String.format(Locale.ROOT, "%.2f", x)));
      wrap(out, "Other coder " + o.coder() + " (" + o.from() + " to " + (o.to() == null ? "open" : o.to().toString())
          + ", not deciding: not reconciled, not primary): " + (scores.isEmpty() ? "no criterion scored" : String.join(", ", scores)), "");
    }
  }

  private static void dimension(PrintWriter out, DimensionScore d) {
    String score = d.known() ? String.format(Locale.ROOT, "%.2f", d.score()) : "undetermined " + m(d.interval());
    out.println(String.format(Locale.ROOT, "  %-10s %s%s", d.id(), score, d.stage() == null ? "" : "  stage: " + d.stage()));
    for (String r : d.reasons()) wrap(out, "- " + r, "      ");
    for (String f : d.flags()) wrap(out, "! out of neofunctionalist order: " + f, "      ");
  }

  private static void objectives(PrintWriter out, ObjectiveMatrix om) {
    if (om.objectives().isEmpty()) return;
    out.println();
    out.println("Buen Vivir objectives: E evidence, t thesis link (codebook), B both");
    StringBuilder head = new StringBuilder(String.format("  %-24s", "criterion"));
    for (Objective o : om.objectives()) head.append(String.format("%3d", o.number()));
    out.println(head);
    for (ObjectiveMatrix.Row r : om.rows()) {
      StringBuilder line = new StringBuilder(String.format("  %-24s", Text.cut(r.criterion(), 24)));
      for (Objective o : om.objectives()) {
        boolean e = r.evidenced().contains(o.number());
        boolean t = r.analysis().contains(o.number()) || r.discussion().contains(o.number());
        line.append(String.format("%3s", e && t ? "B" : e ? "E" : t ? "t" : "."));
      }
      out.println(line);
    }
    List<Integer> none = om.unsupported();
    wrap(out, "supported by evidence: " + (om.supported().isEmpty() ? "none" : om.supported().toString())
        + "; not supported: " + (none.isEmpty() ? "none" : none.toString())
        + (om.unknown().isEmpty() ? "" : "; unknown (no coded criterion speaks to them): " + om.unknown()), "  ");
  }

  private static void disintegration(PrintWriter out, Disintegration d) {
    out.println();
    out.println("Disintegration watch (thesis §3.1)");
    if (d.pressure() != null) out.println("  pressure (" + d.pressure().id() + "): " + m(d.pressure().membership()));
    List<CriterionResult> coded = d.conditions().stream().filter(CriterionResult::coded).toList();
    wrap(out, "coded conditions: " + (coded.isEmpty() ? "none" : String.join(", ", coded.stream().map(c -> c.id() + " " + m(c.membership())).toList())), "  ");
    if (d.events().isEmpty()) return;
    out.println("  membership events (verdict the day before -> on the day; * changed):");
    for (Disintegration.Event e : d.events()) {
      out.println(String.format("  %s %s %s %-10s %s -> %s", e.changesVerdict() ? "*" : " ", e.date(), e.iso3(), e.change().id(), io.integra.core.vocabulary.Term.idOf(e.before()), io.integra.core.vocabulary.Term.idOf(e.after())));
    }
  }
}
