package io.integra.qca.minimize;

import io.integra.qca.data.QcaData;
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

    public static List<Long> contradictorySimplifyingAssumptions(QcaData data, TruthTableOptions options) {
        String out = options.outcome().trim();
        String negated = out.startsWith("~") ? out.substring(1) : "~" + out;
        TruthTableOptions neg = new TruthTableOptions(negated, options.conditions(), options.inclCut1(), options.inclCut0(),
                options.priCut(), options.nCut(), options.complete(), options.sortBy());
        Set<Long> a = allSA(TruthTable.build(data, options));
        Set<Long> b = allSA(TruthTable.build(data, neg));
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
