package io.integra.cli;

import io.integra.cli.assess.AssessCommand;
import io.integra.cli.assess.CompareCommand;
import io.integra.cli.assess.TimelineCommand;
import io.integra.cli.assess.CoverageCommand;
import io.integra.cli.casebase.CaseCommand;
import io.integra.cli.casebase.CasesCommand;
import io.integra.cli.casebase.CodebookCommand;
import io.integra.cli.casebase.ValidateCommand;
import io.integra.cli.flows.FlowsCommand;
import io.integra.cli.qca.QcaCommand;
import io.integra.cli.report.ReportCommand;
import io.integra.cli.web.ServeCommand;
import io.integra.cli.web.UserCommand;
import io.integra.cli.workspace.AgreementCommand;
import io.integra.cli.workspace.CodeCommand;
import io.integra.cli.workspace.CodingCommand;
import io.integra.cli.workspace.ExportCommand;
import io.integra.cli.workspace.HistoryCommand;
import io.integra.cli.workspace.ImportCommand;
import io.integra.cli.workspace.ReconcileCommand;
import io.integra.cli.workspace.WorkspaceCommand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The root command. Each area registers its top-level commands here, one line each. */
@Command(name = "integra", mixinStandardHelpOptions = true, version = "integra 0.1.0",
    description = "A workbench for research on regional integration: the ideal type of Cuchran & Pallesen (2016) as data.",
    subcommands = {
        HelpCommand.class,
        // the codebook and the case base
        CodebookCommand.class, CasesCommand.class, CaseCommand.class, ValidateCommand.class,
        // assessment against the ideal type, and the report
        AssessCommand.class, CompareCommand.class, TimelineCommand.class, CoverageCommand.class, ReportCommand.class,
        // set-theoretic methods
        QcaCommand.class,
        // robustness of verdicts and solutions, scenarios (docs/robustness.md)
        io.integra.cli.robust.RobustnessCommand.class, io.integra.cli.robust.ScenarioCommand.class,
        // transaction flows
        FlowsCommand.class, io.integra.cli.measure.MeasureCommand.class,
        // the team's workspace
        WorkspaceCommand.class, CodeCommand.class, ReconcileCommand.class, HistoryCommand.class, CodingCommand.class,
        AgreementCommand.class, ExportCommand.class, ImportCommand.class,
        // the web workbench
        ServeCommand.class, UserCommand.class,
    })
public final class IntegraCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * The one clock of a run: every default date ("today") is read from it, through
   * {@link #today(picocli.CommandLine.Model.CommandSpec)}; the system clock unless a test fixes it.
   */
  private final Clock clock;

  public IntegraCommand() { this(Clock.systemDefaultZone()); }

  public IntegraCommand(Clock clock) { this.clock = Objects.requireNonNull(clock); }

  public Clock clock() { return clock; }

  /**
   * The clock of the run {@code spec} belongs to: a subcommand's, a mixin's or a nested mixin's spec
   * (picocli gives every mixin the {@code CommandLine} of the command it is mixed into); the system
   * clock for a command run on its own.
   */
  public static Clock clock(picocli.CommandLine.Model.CommandSpec spec) {
    for (var cl = spec == null ? null : spec.commandLine(); cl != null; cl = cl.getParent()) {
      if (cl.getCommand() instanceof IntegraCommand root) return root.clock;
    }
    return Clock.systemDefaultZone();
  }

  /** Today by the run's clock: the default date of every command. */
  public static LocalDate today(picocli.CommandLine.Model.CommandSpec spec) { return LocalDate.now(clock(spec)); }

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
