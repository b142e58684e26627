package io.integra.qca.minimize;

import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableOptions;
import io.integra.qca.truthtable.TruthTableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Truth table rows by their role, as R QCA's {@code findRows()}: the remainders (optionally also the observed
 * rows) contained in an expression (type 1), and the contradictory simplifying assumptions (type 2): remainders
 * used as simplifying assumptions both by the parsimonious solutions for the outcome and for its negation
 * (Schneider &amp; Wagemann 2012, 8.2).
 */
public final class FindRows {
    private FindRows() {}

    public static List<Long> subsetRows(TruthTable tt, String expression, boolean observedToo) {
        List<String> conds = tt.conditions();
        int[] lv = tt.levels();
        TreeSet<Long> out = new TreeSet<>();
        Set<Long> observed = new TreeSet<>();
        for (TruthTableRow r : tt.observedRows()) observed.add(r.number());
        for (List<Literal> product : Expression.parse(expression).products()) {
            int[] code = new int[conds.size()];
            for (Literal l : product) {
                int c = conds.indexOf(l.name());
                if (c < 0) throw new io.integra.qca.QcaException("\"" + l.name() + "\" is not a condition of the truth table");
                int v = l.values().isEmpty() ? (l.negated() ? 0 : 1) : l.values().iterator().next();
                code[c] = v + 1;
            }
            for (long no : Minimizer.simplifyingAssumptions(List.of(new Term(code)), tt, List.of())) {
                if (observedToo || !observed.contains(no)) out.add(no);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Contradictory simplifying assumptions. As in R, the truth table for the negated outcome reuses the
     * options of {@code tt} (incl.cut reversed), except the cut-offs given here (null = keep).
     */
    public static List<Long> contradictorySimplifyingAssumptions(TruthTable tt, Double inclCut, Double priCut, Integer nCut) {
        TruthTableOptions o = tt.options();
        String out = o.outcome().trim();
        String negated = out.startsWith("~") ? out.substring(1) : "~" + out;
        double ic1 = o.inclCut0(), ic0 = o.inclCut1();
        if (ic0 > ic1) ic0 = ic1;
        if (inclCut != null) {
            ic1 = inclCut;
            ic0 = inclCut;
        }
        TruthTableOptions neg = new TruthTableOptions(negated, o.conditions(), ic1, ic0,
                priCut != null ? priCut : o.priCut(), nCut != null ? nCut : o.nCut(), o.complete(), o.sortBy());
        Set<Long> a = allSA(tt);
        Set<Long> b = allSA(TruthTable.build(tt.data(), neg));
        a.retainAll(b);
        return new ArrayList<>(a);
    }

    private static Set<Long> allSA(TruthTable tt) {
        Minimization m = Minimizer.minimize(tt, MinimizeOptions.parsimonious());
        TreeSet<Long> s = new TreeSet<>();
        m.solution().simplifyingAssumptions().values().forEach(s::addAll);
        return s;
    }
}
