package io.integra.cli.casebase;

import io.integra.casebase.json.CaseListView;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.Dates;
import io.integra.cli.FormatOption;
import io.integra.cli.IntegraCommand;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.cli.report.ReportCommand;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cases", mixinStandardHelpOptions = true, description = "List the cases of the case base.")
public final class CasesCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;

  @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class,
      description = "Count members at this date (default: today; 'integra report' uses the latest date with evidence).")
  LocalDate at;

  @Mixin FormatOption format;

  @Override public void run() {
    CaseBase base = source.load();
    LocalDate today = IntegraCommand.today(spec);
    LocalDate date = at == null ? today : at;
    // the report's default date differs from today (issue 13): say which date the counts are at
    LocalDate reportDate = ReportCommand.defaultDate(base, new io.integra.core.assess.Assessor(base.codebook()), java.util.List.of(), java.util.List.of(), today);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(CaseListView.of(base.cases(), date, at == null ? "today" : "--at", reportDate)));
      return;
    }
    Text.wrap("Members at " + date + (at == null ? " (today)" : "") + (date.equals(reportDate) ? ", the report's default date."
        : "; 'integra report' defaults to " + reportDate + ", the latest date with evidence (--at " + reportDate + ")."),
        "", Text.width()).forEach(out::println);
    out.println(String.format("%-18s %-16s %-10s %7s  %s", "id", "short name", "founded", "members", "focus"));
    for (IntegrationCase c : base.cases()) {
      out.println(String.format("%-18s %-16s %-10s %7d  %s", Text.cut(c.id(), 18), Text.cut(c.shortName(), 16),
          c.foundedOn() == null ? "?" : c.foundedOn().toString(), c.membersAt(date).size(), Text.cut(String.join(", ", c.focus()), 22)));
    }
    out.flush();
  }
}
