package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.qca.QcaException;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** Runs a QCA computation, turning bad-input exceptions of the core into CLI errors (exit status 2). */
final class QcaRun {
    private QcaRun() {}

    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (QcaException e) {
            throw new CliException(e.getMessage());
        }
    }

    static void warnings(DataOptions o, PrintWriter err) {
        for (String w : o.caseBase.warnings) err.println("integra: warning: " + w);
        err.flush();
    }
}
