package io.integra.qca.truthtable;

import io.integra.qca.QcaException;

import java.util.List;

/**
 * Options of a truth table, as R QCA's {@code truthTable()}: the outcome ({@code "~Y"} negates it,
 * {@code "Y[2]"} picks a value of a multi-value outcome), the conditions (empty = every other column),
 * the consistency cut-offs {@code inclCut1} (OUT = 1 at or above) and {@code inclCut0} (OUT = C between
 * inclCut0 and inclCut1, 0 below; equal to inclCut1 when not given), the PRI cut-off, the frequency cut-off
 * {@code nCut} (rows with fewer cases become remainders), {@code complete} (list every configuration) and the
 * sort keys.
 */
public record TruthTableOptions(String outcome, List<String> conditions, double inclCut1, double inclCut0,
                                double priCut, int nCut, boolean complete, List<SortKey> sortBy) {
    public TruthTableOptions {
        conditions = List.copyOf(conditions);
        sortBy = List.copyOf(sortBy);
        if (outcome == null || outcome.isBlank()) throw new QcaException("the outcome is missing");
        if (inclCut1 < 0 || inclCut1 > 1 || inclCut0 < 0 || inclCut0 > 1) throw new QcaException("inclusion cut-offs must be in [0,1]");
        if (inclCut0 > inclCut1) throw new QcaException("the second inclusion cut-off (" + inclCut0 + ") exceeds the first (" + inclCut1 + ")");
        if (priCut < 0 || priCut > 1) throw new QcaException("pri.cut must be in [0,1]");
        if (nCut < 1) throw new QcaException("n.cut must be at least 1");
    }

    public static TruthTableOptions of(String outcome) {
        return new TruthTableOptions(outcome, List.of(), 1, 1, 0, 1, false, List.of());
    }

    public TruthTableOptions conditions(List<String> c) {
        return new TruthTableOptions(outcome, c, inclCut1, inclCut0, priCut, nCut, complete, sortBy);
    }

    public TruthTableOptions inclCut(double ic1) {
        return new TruthTableOptions(outcome, conditions, ic1, ic1, priCut, nCut, complete, sortBy);
    }

    public TruthTableOptions inclCut(double ic1, double ic0) {
        return new TruthTableOptions(outcome, conditions, ic1, ic0, priCut, nCut, complete, sortBy);
    }

    public TruthTableOptions priCut(double p) {
        return new TruthTableOptions(outcome, conditions, inclCut1, inclCut0, p, nCut, complete, sortBy);
    }

    public TruthTableOptions nCut(int n) {
        return new TruthTableOptions(outcome, conditions, inclCut1, inclCut0, priCut, n, complete, sortBy);
    }

    public TruthTableOptions complete(boolean c) {
        return new TruthTableOptions(outcome, conditions, inclCut1, inclCut0, priCut, nCut, c, sortBy);
    }

    public TruthTableOptions sortBy(String text) {
        return new TruthTableOptions(outcome, conditions, inclCut1, inclCut0, priCut, nCut, complete, SortKey.parse(text));
    }
}
