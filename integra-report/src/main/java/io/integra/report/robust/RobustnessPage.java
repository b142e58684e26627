package io.integra.report.robust;

import io.integra.core.cases.Evidence;
import io.integra.core.robust.Change;
import io.integra.core.robust.Flip;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.Influence;
import io.integra.core.robust.Scenario;
import io.integra.core.robust.ScenarioComparison;
import io.integra.casebase.json.RobustnessText;
import io.integra.core.robust.VerdictDistribution;
import io.integra.report.html.Assets;
import io.integra.report.html.ScriptSafeJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page beside the report (docs/robustness.md): for each case and lens a
 * small stacked bar of verdict shares over the admissible codings, a tornado of the sources that
 * move the verdict, and the smallest changes that would flip it with their evidence; and, with a
 * scenario, the verdicts before and after. ECharts is inlined (no network request); every text from
 * case files is escaped, chart data goes through {@link ScriptSafeJson}.
 */
public final class RobustnessPage {
  private RobustnessPage() { }

  /** One case through one lens. */
  public record Entry(String caseId, String caseName, String lens, VerdictDistribution distribution, FlipSearch.Result flips) { }

  public static String render(LocalDate at, List<Entry> entries, Scenario scenario, List<ScenarioComparison.Row> rows) {
    StringBuilder h = new StringBuilder(64_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Integra: robustness at ")
        .append(esc(at.toString())).append("</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}")
        .append("section{border-top:1px solid #ccc;margin-top:1.5em}.chart{height:200px}.tornado{height:240px}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}")
        .append(".changed{background:#fff3cd}.ev{color:#555;font-size:.9em}</style></head><body>\n");
    h.append("<h1>Robustness of the verdicts at ").append(esc(at.toString())).append("</h1>\n");
    h.append("<p>Each verdict is recomputed over the admissible codings: every coded score and its neighbours on its scale, ")
        .append("every coder's score, and the transition band's half-widths (docs/robustness.md). ")
        .append("The tornado ranks the sources by how much moving them adds to the chance of another verdict.</p>\n");
    if (scenario != null) scenario(h, scenario, rows);
    List<Chart> charts = new ArrayList<>();
    int k = 0;
    for (Entry e : entries) {
      VerdictDistribution d = e.distribution();
      String id = "r" + k++;
      h.append("<section><h2>").append(esc(e.caseName())).append(" (").append(esc(e.caseId())).append(") through ")
          .append(esc(e.lens())).append("</h2>\n<p><strong>").append(esc(summary(d))).append("</strong>; settled in ")
          .append(pct(d.settledShare())).append(".</p>\n");
      h.append("<div class=\"chart\" id=\"").append(id).append("-bar\"></div>\n");
      List<Influence> shown = d.influences().stream().filter(i -> i.effect() != 0 || !i.aloneLabels().isEmpty()).limit(10).toList();
      if (!shown.isEmpty()) h.append("<div class=\"tornado\" id=\"").append(id).append("-tornado\"></div>\n");
      else h.append("<p>No single source of uncertainty moves this verdict.</p>\n");
      flips(h, e.flips());
      h.append("</section>\n");
      charts.add(new Chart(id, List.copyOf(d.counts().keySet()), d.counts().values().stream().map(v -> v / (double) d.evaluated()).toList(),
          shown.stream().map(Influence::id).toList(), shown.stream().map(Influence::effect).toList()));
    }
    h.append("<script>").append(Assets.echarts()).append("</script>\n<script>\nconst CHARTS = ").append(ScriptSafeJson.write(charts))
        .append(";\n").append(SCRIPT).append("</script>\n</body></html>\n");
    return h.toString();
  }

  private static final String SCRIPT = """
      for (const c of CHARTS) {
        const bar = echarts.init(document.getElementById(c.id + '-bar'));
        bar.setOption({
          tooltip: {}, legend: {top: 0}, grid: {left: 10, right: 10, top: 40, bottom: 20, containLabel: true},
          xAxis: {type: 'value', max: 1, axisLabel: {formatter: v => Math.round(v * 100) + ' %'}},
          yAxis: {type: 'category', data: ['verdicts']},
          series: c.labels.map((l, i) => ({name: l, type: 'bar', stack: 'v', data: [c.shares[i]],
            label: {show: c.shares[i] > 0.08, formatter: p => Math.round(p.value * 1000) / 10 + ' %'}}))
        });
        const t = document.getElementById(c.id + '-tornado');
        if (t) echarts.init(t).setOption({
          title: {text: 'what moves the verdict (effect)', textStyle: {fontSize: 13}},
          tooltip: {}, grid: {left: 10, right: 20, top: 30, bottom: 10, containLabel: true},
          xAxis: {type: 'value', axisLabel: {formatter: v => Math.round(v * 100) + ' %'}},
          yAxis: {type: 'category', data: c.sources.slice().reverse()},
          series: [{type: 'bar', data: c.effects.slice().reverse()}]
        });
      }
      """;

  private static void flips(StringBuilder h, FlipSearch.Result r) {
    if (r.flips().isEmpty()) {
      h.append("<p>No set of up to ").append(r.searchedUpTo()).append(" criterion changes flips the verdict.</p>\n");
      return;
    }
    h.append("<h3>What would flip it</h3>\n<ol>\n");
    for (Flip f : r.flips()) {
      h.append("<li>&rarr; <strong>").append(esc(f.label())).append("</strong> (").append(f.steps()).append(" step")
          .append(f.steps() == 1 ? "" : "s").append("): <ul>");
      for (Change c : f.changes()) {
        h.append("<li>").append(esc(c.criterion())).append(' ').append(esc(value(c.fromLow(), c.fromHigh()))).append(" &rarr; ")
            .append(esc(value(c.toLow(), c.toHigh())));
        if (c.measured() != null) {
          var mm = c.measured();
          var pv = mm.provenance();
          // a measured membership: its data and the recipe's anchors are what would have to be different
          h.append("<div class=\"ev\">").append(esc(String.format(java.util.Locale.ROOT,
              "measured %.2f from %s = %.4g (%s, %s); anchors %.4g / %.4g / %.4g", mm.membership(), pv.index(), mm.raw(),
              pv.dataset(), pv.years(), pv.exclusion(), pv.crossover(), pv.inclusion()))).append("</div>");
        } else if (c.evidence().isEmpty()) h.append(" <span class=\"ev\">(no evidence on record)</span>");
        for (Evidence e : c.evidence()) {
          h.append("<div class=\"ev\">[").append(esc(e.source())).append(e.locator() == null ? "" : ", " + esc(e.locator())).append("] ")
              .append(e.quote() == null ? "" : "&ldquo;" + esc(e.quote().strip()) + "&rdquo;").append("</div>");
        }
        h.append("</li>");
      }
      h.append("</ul></li>\n");
    }
    h.append("</ol>\n");
  }

  private static void scenario(StringBuilder h, Scenario s, List<ScenarioComparison.Row> rows) {
    h.append("<section><h2>Scenario: ").append(esc(s.title() == null ? s.id() : s.title())).append("</h2>\n");
    if (s.source() != null) h.append("<p>Source: ").append(esc(s.source())).append("</p>\n");
    h.append("<ul>");
    for (Scenario.Change c : s.changes()) h.append("<li>").append(esc(c.describe())).append("</li>");
    h.append("</ul>\n<table><tr><th>case</th><th>lens</th><th>date</th><th>before</th><th>after</th></tr>\n");
    for (ScenarioComparison.Row r : rows) {
      h.append("<tr").append(r.changed() ? " class=\"changed\"" : "").append("><td>").append(esc(r.caseId())).append("</td><td>")
          .append(esc(r.lens())).append("</td><td>").append(r.at()).append("</td><td>")
          .append(esc(io.integra.core.vocabulary.Term.idOf(r.before()) + ", " + r.outcome() + " " + r.outcomeBefore() + ", " + pct(r.shareBefore()))).append("</td><td>")
          .append(esc(io.integra.core.vocabulary.Term.idOf(r.after()) + ", " + r.outcome() + " " + r.outcomeAfter() + ", " + pct(r.shareAfter())))
          .append(r.unmeasured().isEmpty() ? "" : "<div class=\"ev\">" + esc("measured memberships unknown after the change (the group "
              + "they were measured on changes; never reused): " + String.join(", ", r.unmeasured())) + "</div>")
          .append("</td></tr>\n");
    }
    h.append("</table></section>\n");
  }

  /** The one-line summary, as in the CLI and the JSON views. */
  static String summary(VerdictDistribution d) { return RobustnessText.summary(d); }

  static String pct(double x) { return RobustnessText.pct(x); }

  /** One case's charts in the page's script: verdict shares (bar) and the tornado's sources and effects. */
  record Chart(String id, List<String> labels, List<Double> shares, List<String> sources, List<Double> effects) { }

  static String value(double lo, double hi) {
    return lo == hi ? String.format(Locale.ROOT, "%.2f", lo) : String.format(Locale.ROOT, "[%.2f, %.2f]", lo, hi);
  }

  /** HTML escaping of user text (case files, scenario files). */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
