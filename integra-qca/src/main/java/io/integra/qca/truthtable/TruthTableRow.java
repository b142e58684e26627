package io.integra.qca.truthtable;

import java.util.List;

/**
 * One truth table row: its number (1-based position in the full table, as R numbers rows), the condition
 * values, the output value ("1", "0", "C" contradiction or "?" remainder), the number of cases with
 * membership above 0.5, the sufficiency consistency and PRI (NaN for an unobserved remainder) and the cases.
 */
public record TruthTableRow(long number, int[] values, String out, int n, double incl, double pri, List<String> cases) {
    public TruthTableRow {
        values = values.clone();
        cases = List.copyOf(cases);
    }

    public boolean observed() { return n > 0 || !Double.isNaN(incl); }

    public int value(int condition) { return values[condition]; }

    @Override
    public int[] values() { return values.clone(); }
}
