package io.integra.qca.notation;

import java.util.Arrays;
import java.util.List;

/**
 * A conjunction of single-value literals over an ordered list of conditions, coded as in R QCA's implicant
 * matrices: {@code code[c] == 0} when condition c is absent, {@code v + 1} when it must take value v
 * (for a binary set: 1 = negated, 2 = present). Immutable; equality by code.
 */
public final class Term {
    private final int[] code;
    private final int hash;

    public Term(int[] code) {
        this.code = code.clone();
        this.hash = Arrays.hashCode(this.code);
    }

    /** The full configuration (minterm) of a truth table row with the given values. */
    public static Term ofRow(int[] values) {
        int[] c = new int[values.length];
        for (int i = 0; i < values.length; i++) c[i] = values[i] + 1;
        return new Term(c);
    }

    public int size() { return code.length; }

    public int code(int condition) { return code[condition]; }

    public int[] code() { return code.clone(); }

    /** Number of literals. */
    public int literals() {
        int n = 0;
        for (int v : code) if (v != 0) n++;
        return n;
    }

    /** True when the configuration (row values, 0-based) belongs to this term. */
    public boolean covers(int[] row) {
        for (int c = 0; c < code.length; c++) {
            if (code[c] != 0 && code[c] != row[c] + 1) return false;
        }
        return true;
    }

    /** True when every literal of this term also appears in {@code other} (this is a superset of other). */
    public boolean subsumes(Term other) {
        for (int c = 0; c < code.length; c++) {
            if (code[c] != 0 && code[c] != other.code[c]) return false;
        }
        return true;
    }

    /** Written in QCA notation: {@code A*~B} for binary sets, {@code A[1]*B[0]} when multi-value. */
    public String write(List<String> names, boolean multiValue) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < code.length; c++) {
            if (code[c] == 0) continue;
            if (sb.length() > 0) sb.append('*');
            if (multiValue) {
                sb.append(names.get(c)).append('[').append(code[c] - 1).append(']');
            } else {
                if (code[c] == 1) sb.append('~');
                sb.append(names.get(c));
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term && Arrays.equals(code, ((Term) o).code);
    }

    @Override
    public int hashCode() { return hash; }

    @Override
    public String toString() { return Arrays.toString(code); }
}
