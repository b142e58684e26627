package io.integra.cli.robust;

import io.integra.casebase.json.ScenarioView;
import io.integra.casebase.robust.ScenarioReader;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.cases.CaseBase;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.Scenario;
import io.integra.core.robust.ScenarioComparison;
import io.integra.core.robust.ScenarioComparison.Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code integra scenario run FILE}: verdicts before and after a what-if (docs/robustness.md). */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = "What-if scenarios applied on top of the case base without changing it.",
    subcommands = {HelpCommand.class, ScenarioCommand.Run.class})
public final class ScenarioCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  /** The rows of a scenario; a scenario that does not fit the case base is bad input. */
  public static List<Row> rows(CaseBase base, Scenario s, RobustnessSpec spec) {
    return rows(base, s, spec, io.integra.core.indicator.MeasuredMemberships.NONE, io.integra.core.indicator.Precedence.CODED);
  }

  /** As {@link #rows(CaseBase, Scenario, RobustnessSpec)} with measured memberships (docs/measured.md). */
  public static List<Row> rows(CaseBase base, Scenario s, RobustnessSpec spec, io.integra.core.indicator.MeasuredMemberships measured,
                               io.integra.core.indicator.Precedence precedence) {
    try {
      return ScenarioComparison.of(base, s, spec, measured, precedence);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Apply a scenario file to the case base (never written) and print the verdicts before and after, "
          + "with the share of admissible codings that give each.")
  static final class Run implements Runnable {
    @Spec CommandSpec spec;
    @Mixin CaseBaseOptions source;
    @Mixin RobustnessOptions robustness;
    @Mixin io.integra.cli.MeasuredOptions measuredOptions;
    @Parameters(paramLabel = "FILE", description = "A scenario file (YAML; see docs/robustness.md).") Path file;
    @Mixin FormatOption format;

    @Override public void run() {
      CaseBase base = source.load();
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException("cannot read scenario file " + file + ": " + e.getMessage());
      }
      Scenario s = ScenarioReader.read(file.toString(), text, base);
      RobustnessSpec rs = robustness.spec(source, base.codebook());
      List<Row> rows = rows(base, s, rs, measuredOptions.load(base, source.cases, spec.commandLine().getErr()), measuredOptions.prefer);
      PrintWriter out = spec.commandLine().getOut();
      if (format.json()) {
        out.println(Json.write(ScenarioView.of(s, rows)));
      } else {
        out.println("scenario " + s.id() + (s.title() == null ? "" : ": " + s.title()));
        if (s.source() != null) Text.wrap("source: " + s.source(), "  ", 80).forEach(out::println);
        for (Scenario.Change ch : s.changes()) Text.wrap("- " + ch.describe(), "  ", 80).forEach(out::println);
        for (Row r : rows) {
          out.println("  " + Text.cut(r.caseId() + " through " + r.lens() + " at " + r.at() + (r.changed() ? "  (changed)" : ""), 78));
          out.println("    before: " + Text.cut(io.integra.core.vocabulary.Term.idOf(r.before()) + ", " + r.outcome() + " " + r.outcomeBefore() + ", "
              + RobustnessText.pct(r.shareBefore()) + " of admissible codings", 68));
          out.println("    after:  " + Text.cut(io.integra.core.vocabulary.Term.idOf(r.after()) + ", " + r.outcome() + " " + r.outcomeAfter() + ", "
              + RobustnessText.pct(r.shareAfter()) + " of admissible codings", 68));
          if (!r.unmeasured().isEmpty()) {
            Text.wrap("note: measured memberships unknown after the change (the scenario changes the group they were measured on; "
                + "never reused): " + String.join(", ", r.unmeasured()), "    ", 80).forEach(out::println);
          }
        }
      }
      out.flush();
    }
  }
}
