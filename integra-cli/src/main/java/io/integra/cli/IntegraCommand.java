package io.integra.cli;

import io.integra.cli.assess.AssessCommand;
import io.integra.cli.assess.CompareCommand;
import io.integra.cli.assess.TimelineCommand;
import io.integra.cli.casebase.CaseCommand;
import io.integra.cli.casebase.CasesCommand;
import io.integra.cli.casebase.CodebookCommand;
import io.integra.cli.casebase.ValidateCommand;
import io.integra.cli.report.ReportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The root command. Each area registers its top-level commands here, one line each. */
@Command(name = "integra", mixinStandardHelpOptions = true, version = "integra 0.1.0",
    description = "A workbench for research on regional integration: the ideal type of Cuchran & Pallesen (2016) as data.",
    subcommands = {
        HelpCommand.class,
        CodebookCommand.class,
        CasesCommand.class,
        CaseCommand.class,
        ValidateCommand.class,
        io.integra.cli.workspace.WorkspaceCommand.class,
        io.integra.cli.workspace.CodeCommand.class,
        io.integra.cli.workspace.ReconcileCommand.class,
        io.integra.cli.workspace.HistoryCommand.class,
        io.integra.cli.workspace.CodingCommand.class,
        io.integra.cli.workspace.AgreementCommand.class,
        io.integra.cli.workspace.ExportCommand.class,
        io.integra.cli.workspace.ImportCommand.class,
        io.integra.cli.flows.FlowsCommand.class,
        AssessCommand.class,
        CompareCommand.class,
        TimelineCommand.class,
        io.integra.cli.web.ServeCommand.class,
        io.integra.cli.web.UserCommand.class,
        ReportCommand.class,
        io.integra.cli.qca.QcaCommand.class,
    })
public final class IntegraCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
