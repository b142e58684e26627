package io.integra.cli.flows;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code integra flows}: Deutsch's transaction-flow measures from trade and migration data (docs/flows.md). */
@Command(name = "flows", mixinStandardHelpOptions = true,
    description = "Transaction-flow indices (shares, intensity, relative acceptance, clearing) from trade and migration data.",
    subcommands = {HelpCommand.class, IndicesCommand.class})
public final class FlowsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
