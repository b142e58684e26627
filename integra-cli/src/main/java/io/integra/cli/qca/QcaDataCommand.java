package io.integra.cli.qca;

import io.integra.qca.data.QcaData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * What the qca analysis commands share ({@code tt}, {@code necessity}, {@code sufficiency}, {@code minimize},
 * {@code xy} and {@code robustness qca}): the data options ({@link DataOptions}: a CSV file or the case base, the
 * outcome, the conditions, the cut-offs and the format) and loading the data with its warnings. Picocli reads the
 * annotated fields of this superclass for each subclass.
 */
abstract class QcaDataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    /** The data (CSV or case base), after the warnings about units left out went to standard error. */
    QcaData load() {
        QcaData d = data.load();
        QcaRun.warnings(data, spec.commandLine().getErr());
        return d;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
