package io.integra.cli.qca;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code integra qca}: set-theoretic methods (QCA) on a CSV file or on the case base. */
@Command(name = "qca", mixinStandardHelpOptions = true,
        description = "Qualitative Comparative Analysis as in the R package QCA: calibration, truth tables, "
                + "necessity and sufficiency, exact minimisation.",
        subcommands = {CalibrateCommand.class, TruthTableCommand.class, NecessityCommand.class,
                SufficiencyCommand.class, MinimizeCommand.class, XyCommand.class})
public final class QcaCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
