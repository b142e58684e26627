package io.integra.cli.assess;

import io.integra.casebase.json.TimelineView;
import io.integra.cli.CliException;
import io.integra.cli.IntegraCommand;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.formula.Membership;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "A case through a lens year by year (30 June of each year): outcomes, verdicts, every crossing of the "
        + "0.5 crossover and the membership or coding change that caused it.")
public final class TimelineCommand extends CaseLensCommand {

  @Parameters(paramLabel = "CASE", description = "Case id (see 'integra cases').")
  String id;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: the founding year).")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: this year; never past today).")
  Integer to;

  @Override public void run() {
    load();
    IntegrationCase c = find(id);
    LocalDate today = IntegraCommand.today(spec);
    Integer first = from != null ? from : TimelineBuilder.firstYear(c);
    if (first == null) throw new CliException("case '" + c.id() + "' has no founding date or membership spell; give --from YEAR");
    int last = to != null ? to : today.getYear();
    if (first < 1000 || first > 9999 || last < 1000 || last > 9999) throw new CliException("years must have four digits, got --from " + first + " --to " + last);
    if (last < first) throw new CliException("--to " + last + " is before --from " + first);
    Timeline t = assessor.timeline(c, lensOptions.lens, lensOptions.coder, first, last, today);
    PrintWriter out = out();
    if (format.json()) {
      out.println(Json.write(TimelineView.of(t)));
      out.flush();
      return;
    }
    print(out, c, t);
  }

  private static void print(PrintWriter out, IntegrationCase c, Timeline t) {
    AssessText.wrap(out, c.name() + " (" + c.id() + ") through " + t.lensId() + ", sampled on 30 June of each year"
        + " (coder: " + (t.coder() == null ? "the deciding coding of each period: reconciled, else primary coder" : t.coder()) + ")", "");
    if (t.points().isEmpty()) {
      out.println("no sample date in the years asked for (none on or before today)");
      out.flush();
      return;
    }
    List<String> outcomes = new ArrayList<>(t.points().get(0).outcomes().keySet());
    int col = 8;
    int keep = Math.min(outcomes.size(), (Text.WIDTH - 40) / col);
    List<String> legend = new ArrayList<>();
    // known: criteria coded + measured (docs/measured.md; "both" counts as coded)
    StringBuilder head = new StringBuilder(String.format("%-5s %4s %-13s %-6s %6s", "year", "memb", "verdict", "coupl.", "known"));
    for (int i = 0; i < keep; i++) {
      head.append(String.format("%" + col + "s", "o" + (i + 1)));
      legend.add("o" + (i + 1) + " " + outcomes.get(i));
    }
    AssessText.wrap(out, "outcomes: " + String.join(", ", legend) + (keep < outcomes.size() ? " (others in --format json)" : ""), "");
    out.println();
    out.println(head);
    for (Timeline.Point p : t.points()) {
      long coded = p.basis().values().stream().filter(b -> b.equals("coded") || b.equals("both")).count();
      long measured = p.basis().values().stream().filter(b -> b.equals("measured")).count();
      StringBuilder line = new StringBuilder(String.format("%-5d %4d %-13s %-6s %6s", p.at().getYear(), p.members(),
          p.verdict() == null ? "-" : p.verdict().id(), p.coupling() == null ? "" : p.coupling().id(), coded + "+" + measured));
      for (int i = 0; i < keep; i++) line.append(String.format("%" + col + "s", cell(p.outcomes().get(outcomes.get(i)))));
      out.println(line);
    }
    out.println("(known = criteria coded + measured; ? = unknown across 0.5; lo-hi = an interval)");
    out.println();
    out.println("Crossings of the 0.5 crossover");
    if (t.crossings().isEmpty()) out.println("  none");
    for (Timeline.Crossing x : t.crossings()) {
      out.println(String.format("  %s %-24s %s -> %s between %s and %s", arrow(x.direction()), Text.cut(x.outcome(), 24),
          AssessText.m(x.before()), AssessText.m(x.after()), x.from().getYear(), x.to().getYear()));
      causes(out, x.causes());
    }
    out.println();
    out.println("Verdict changes");
    if (t.verdicts().isEmpty()) out.println("  none");
    for (Timeline.VerdictChange v : t.verdicts()) {
      out.println(String.format("  %s -> %s between %s and %s", io.integra.core.vocabulary.Term.idOf(v.before()), io.integra.core.vocabulary.Term.idOf(v.after()), v.from().getYear(), v.to().getYear()));
      causes(out, v.causes());
    }
    out.println();
    out.println("Membership events");
    if (t.events().isEmpty()) out.println("  none");
    for (Timeline.Change ch : t.events()) AssessText.wrap(out, ch.date() + " " + ch.description(), "  ");
    out.flush();
  }

  private static void causes(PrintWriter out, List<Timeline.Change> causes) {
    if (causes.isEmpty()) out.println("      cause: no dated change in the case between the two samples");
    for (Timeline.Change ch : causes) AssessText.wrap(out, "cause: " + ch.date() + " " + ch.kind() + ": " + ch.description(), "      ");
  }

  private static String arrow(String direction) { return direction.equals("up") ? "^" : direction.equals("down") ? "v" : "?"; }

  private static String cell(Membership m) {
    if (m.isKnown()) return String.format(Locale.ROOT, "%.2f", m.low());
    return m.low() == 0 && m.high() == 1 ? "?" : String.format(Locale.ROOT, "%.1f-%.1f", m.low(), m.high());
  }
}
