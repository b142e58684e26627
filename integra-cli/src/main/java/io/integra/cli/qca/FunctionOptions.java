package io.integra.cli.qca;

import io.integra.qca.calibrate.Calibration;
import picocli.CommandLine.Option;

/**
 * The shape of the fuzzy calibration function of {@code qca calibrate} (R QCA's {@code calibrate} arguments
 * {@code logistic}, {@code idm}, {@code below}, {@code above}, {@code ecdf}).
 */
public final class FunctionOptions {
    @Option(names = "--linear", description = "Piecewise power function instead of the logistic one (fuzzy, 3 anchors).")
    boolean linear;

    @Option(names = "--idm", defaultValue = "0.95", description = "Membership at the inclusion anchor, logistic (default ${DEFAULT-VALUE}).")
    double idm;

    @Option(names = "--below", defaultValue = "1", description = "Exponent below the crossover (linear, bell).")
    double below;

    @Option(names = "--above", defaultValue = "1", description = "Exponent above the crossover (linear, bell).")
    double above;

    @Option(names = "--ecdf", description = "Use the empirical distribution between the anchors (linear).")
    boolean ecdf;

    Calibration.Options options() {
        return new Calibration.Options(!linear, idm, below, above, ecdf);
    }
}
