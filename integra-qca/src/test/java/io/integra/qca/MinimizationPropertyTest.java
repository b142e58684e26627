package io.integra.qca;

import io.integra.qca.data.QcaData;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableOptions;
import io.integra.qca.truthtable.TruthTableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactness of the minimisation on random small truth tables (seeded), against brute force: the prime
 * implicants are exactly the terms that cover a positive row and no forbidden row and lose that property when
 * any literal is dropped; every model covers all positive rows and no negative one; the models are exactly the
 * minimum-size covers (or, with all.sol, the irredundant covers) found by enumerating subsets of implicants.
 */
class MinimizationPropertyTest {

    @Test
    void parsimoniousAndConservativeAreExactOnRandomTables() {
        Random rnd = new Random(20240521L);
        int checked = 0;
        for (int trial = 0; trial < 400; trial++) {
            int k = 2 + rnd.nextInt(4);
            int[] levels = new int[k];
            for (int c = 0; c < k; c++) levels[c] = trial % 5 == 0 && c == 0 ? 3 : 2;
            Table t = randomTable(rnd, levels);
            if (t.pos.isEmpty() || t.neg.isEmpty()) continue;
            TruthTable tt = TruthTable.build(t.data, TruthTableOptions.of("Y"));
            for (boolean remainders : new boolean[] {true, false}) {
                for (boolean allSol : new boolean[] {false, true}) {
                    MinimizeOptions o = (remainders ? MinimizeOptions.parsimonious() : MinimizeOptions.conservative()).withAllSol(allSol);
                    Minimization m = Minimizer.minimize(tt, o);
                    check(t, levels, m, remainders, allSol);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(800);
    }

    private void check(Table t, int[] levels, Minimization m, boolean remainders, boolean allSol) {
        // brute-force prime implicants
        List<int[]> forbidden = new ArrayList<>(t.neg);
        if (!remainders) forbidden.addAll(t.rem);
        List<Term> all = allTerms(levels);
        Set<Term> implicants = new HashSet<>();
        for (Term term : all) if (t.pos.stream().anyMatch(term::covers) && forbidden.stream().noneMatch(term::covers)) implicants.add(term);
        Set<Term> primes = new HashSet<>();
        for (Term term : implicants) {
            boolean prime = true;
            for (int c = 0; c < levels.length && prime; c++) {
                if (term.code(c) == 0) continue;
                int[] code = term.code();
                code[c] = 0;
                Term sub = new Term(code);
                if (forbidden.stream().noneMatch(sub::covers)) prime = false;
            }
            if (prime) primes.add(term);
        }
        assertThat(new HashSet<>(m.solution().chartRows())).as("prime implicants").isEqualTo(primes);
        // models cover every positive, no negative
        for (List<Term> model : m.solution().models()) {
            for (int[] p : t.pos) assertThat(model.stream().anyMatch(x -> x.covers(p))).isTrue();
            for (int[] n : t.neg) assertThat(model.stream().noneMatch(x -> x.covers(n))).isTrue();
        }
        // brute-force covers over subsets of primes
        List<Term> pl = new ArrayList<>(primes);
        Set<Set<Term>> expected = new HashSet<>();
        int min = Integer.MAX_VALUE;
        List<Set<Term>> covers = new ArrayList<>();
        if (pl.size() > 18) return;
        for (int mask = 1; mask < 1 << pl.size(); mask++) {
            Set<Term> s = new HashSet<>();
            for (int i = 0; i < pl.size(); i++) if ((mask >> i & 1) != 0) s.add(pl.get(i));
            if (t.pos.stream().allMatch(p -> s.stream().anyMatch(x -> x.covers(p)))) {
                covers.add(s);
                min = Math.min(min, s.size());
            }
        }
        for (Set<Term> s : covers) {
            if (allSol ? irredundant(s, t.pos) : s.size() == min) expected.add(s);
        }
        Set<Set<Term>> got = new HashSet<>();
        for (List<Term> model : m.solution().models()) got.add(new HashSet<>(model));
        assertThat(got).as("models").isEqualTo(expected);
        assertThat(m.solution().models()).hasSize(expected.size());
    }

    private static boolean irredundant(Set<Term> s, List<int[]> pos) {
        for (Term x : s) {
            boolean own = false;
            for (int[] p : pos) {
                if (x.covers(p) && s.stream().filter(y -> y != x).noneMatch(y -> y.covers(p))) own = true;
            }
            if (!own) return false;
        }
        return true;
    }

    private static List<Term> allTerms(int[] levels) {
        List<Term> out = new ArrayList<>();
        int[] code = new int[levels.length];
        while (true) {
            out.add(new Term(code));
            int c = levels.length - 1;
            while (c >= 0) {
                if (++code[c] <= levels[c]) break;
                code[c] = 0;
                c--;
            }
            if (c < 0) return out;
        }
    }

    record Table(QcaData data, List<int[]> pos, List<int[]> neg, List<int[]> rem) {}

    private static Table randomTable(Random rnd, int[] levels) {
        int k = levels.length;
        List<int[]> pos = new ArrayList<>(), neg = new ArrayList<>(), rem = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        int[] v = new int[k];
        while (true) {
            int r = rnd.nextInt(3);
            int[] row = v.clone();
            if (r == 0) pos.add(row);
            else if (r == 1) neg.add(row);
            else rem.add(row);
            if (r < 2) {
                double[] x = new double[k + 1];
                for (int c = 0; c < k; c++) x[c] = row[c];
                x[k] = r == 0 ? 1 : 0;
                rows.add(x);
                cases.add("c" + cases.size());
            }
            int c = k - 1;
            while (c >= 0) {
                if (++v[c] < levels[c]) break;
                v[c] = 0;
                c--;
            }
            if (c < 0) break;
        }
        List<String> cols = new ArrayList<>();
        List<double[]> colVals = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            cols.add(c == k ? "Y" : "X" + (c + 1));
            double[] col = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) col[i] = rows.get(i)[c];
            colVals.add(col);
        }
        // a condition whose top level is never observed would shrink its number of levels: keep tables whole
        for (int c = 0; c < k; c++) {
            double max = 0;
            for (double x : colVals.get(c)) max = Math.max(max, x);
            if (max < levels[c] - 1) return new Table(new QcaData(cases, cols, colVals), List.of(), List.of(), List.of());
        }
        return new Table(new QcaData(cases, cols, colVals), pos, neg, rem);
    }

    @Test
    void truthTableRowsMatchTheData() {
        Random rnd = new Random(7);
        Table t = randomTable(rnd, new int[] {2, 2, 2});
        TruthTable tt = TruthTable.build(t.data, TruthTableOptions.of("Y"));
        for (TruthTableRow r : tt.observedRows()) {
            boolean isPos = t.pos.stream().anyMatch(p -> java.util.Arrays.equals(p, r.values()));
            assertThat(r.out()).isEqualTo(isPos ? "1" : "0");
        }
    }
}
