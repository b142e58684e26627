package io.integra.qca.minimize;

import io.integra.qca.QcaException;
import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.FuzzySets;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boolean minimisation of a truth table as R QCA's {@code minimize()} (Dusa 2019, ch. 8): the conservative
 * solution (Quine-McCluskey on the configurations to explain), the parsimonious one (prime implicants with
 * remainders as don't-cares, {@link PrimeImplicantSearch}) and, with directional expectations, the
 * intermediate ones ({@link IntermediateSolutions}, Ragin &amp; Sonnett 2005). Each prime implicant chart is
 * solved exactly ({@link CoverSolver}); models, implicants and parameters of fit come out in R's order.
 */
public final class Minimizer {
    private Minimizer() {}

    public static Minimization minimize(TruthTable tt, MinimizeOptions o) {
        List<TruthTableRow> observed = tt.observedRows();
        List<TruthTableRow> explain = observed.stream().filter(r -> o.explain().contains(r.out())).toList();
        if (explain.isEmpty()) throw new QcaException("none of the values in OUT is explained; please check the truth table");
        Set<String> posIncl = new LinkedHashSet<>(o.explain());
        posIncl.addAll(o.include());
        List<TruthTableRow> pos = observed.stream().filter(r -> posIncl.contains(r.out())).toList();
        List<TruthTableRow> neg = observed.stream().filter(r -> !posIncl.contains(r.out())).toList();
        boolean withRemainders = o.include().contains("?");
        if (withRemainders && neg.isEmpty()) {
            throw new QcaException("all truth table configurations are used, all conditions are minimized; please check the truth table");
        }
        int k = tt.conditions().size();
        List<Term> initials = explain.stream().map(r -> Term.ofRow(r.values())).toList();
        List<Long> negatives = neg.stream().map(TruthTableRow::number).toList();

        Solution conservative = null;
        if (!withRemainders || !o.dirExp().isEmpty()) {
            List<Term> pis = QuineMcCluskey.primeImplicants(pos.stream().map(TruthTableRow::values).toList(), tt.levels());
            conservative = solve("conservative", tt, pis, explain, o);
        }
        Solution main = conservative;
        List<Solution> intermediate = List.of();
        if (withRemainders) {
            int[][] p = explain.stream().map(TruthTableRow::values).toArray(int[][]::new);
            int[][] n = neg.stream().map(TruthTableRow::values).toArray(int[][]::new);
            List<Term> pis = ImplicantOrder.sort(PrimeImplicantSearch.find(p, n, k));
            main = solve("parsimonious", tt, pis, explain, o);
            if (!o.dirExp().isEmpty()) {
                intermediate = IntermediateSolutions.compute(tt, o, explain, conservative, main);
            }
        }
        return new Minimization(tt, o, initials, negatives, main, intermediate);
    }

    /** Builds the chart of the implicants over the configurations to explain, solves it, and adds fit. */
    static Solution solve(String name, TruthTable tt, List<Term> pis, List<TruthTableRow> explain, MinimizeOptions o) {
        List<Term> rows = new ArrayList<>();
        List<BitSet> cover = new ArrayList<>();
        for (Term t : pis) {
            BitSet b = new BitSet(explain.size());
            for (int j = 0; j < explain.size(); j++) if (t.covers(explain.get(j).values())) b.set(j);
            if (!b.isEmpty()) {
                rows.add(t);
                cover.add(b);
            }
        }
        if (o.rowDom() && !o.allSol()) {
            List<Term> keptRows = new ArrayList<>();
            List<BitSet> keptCover = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                boolean dominated = false;
                for (int j = 0; j < rows.size() && !dominated; j++) {
                    if (i == j) continue;
                    BitSet a = cover.get(i), b = cover.get(j);
                    if (b.cardinality() > a.cardinality()) {
                        BitSet c = (BitSet) a.clone();
                        c.andNot(b);
                        dominated = c.isEmpty();
                    }
                }
                if (!dominated) {
                    keptRows.add(rows.get(i));
                    keptCover.add(cover.get(i));
                }
            }
            rows = keptRows;
            cover = keptCover;
        }
        CoverSolver.Result r = CoverSolver.solve(cover, explain.size(), o.allSol(), o.maxModels(), o.nodeBudget());
        List<List<Term>> models = new ArrayList<>();
        TreeSet<Integer> used = new TreeSet<>();
        for (int[] c : r.covers()) {
            List<Term> m = new ArrayList<>();
            for (int i : c) {
                m.add(rows.get(i));
                used.add(i);
            }
            models.add(m);
        }
        List<Term> primes = new ArrayList<>();
        for (int i : used) primes.add(rows.get(i));
        List<Term> essential = new ArrayList<>();
        for (int i : used) {
            Term t = rows.get(i);
            if (models.stream().allMatch(m -> m.contains(t))) essential.add(t);
        }
        boolean[][] chart = new boolean[rows.size()][explain.size()];
        for (int i = 0; i < rows.size(); i++) for (int j = 0; j < explain.size(); j++) chart[i][j] = cover.get(i).get(j);
        List<Long> cols = explain.stream().map(TruthTableRow::number).toList();

        List<String> conds = tt.conditions();
        boolean mv = tt.multiValue();
        double[] y = tt.outcome();
        Map<Term, double[]> mem = new LinkedHashMap<>();
        for (Term t : primes) mem.put(t, membership(t, tt));
        List<SufficiencyFit> overall = Fit.sufficiencyTerms(
                primes.stream().map(t -> t.write(conds, mv)).toList(), new ArrayList<>(mem.values()), y);
        List<ModelFit> fits = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            List<Term> model = models.get(m);
            List<String> names = model.stream().map(t -> t.write(conds, mv)).toList();
            List<double[]> ms = model.stream().map(mem::get).toList();
            List<SufficiencyFit> tf = Fit.sufficiencyTerms(names, ms, y);
            double[] sol = FuzzySets.or(ms.toArray(new double[0][]));
            fits.add(new ModelFit("M" + (m + 1), names, tf, Fit.sufficiency("M" + (m + 1), sol, y)));
        }
        Map<String, String> termCases = new LinkedHashMap<>();
        for (Term t : primes) {
            List<String> parts = new ArrayList<>();
            for (TruthTableRow e : explain) if (t.covers(e.values())) parts.add(String.join(",", e.cases()));
            termCases.put(t.write(conds, mv), String.join("; ", parts));
        }
        Map<String, List<Long>> sa = new LinkedHashMap<>();
        for (int m = 0; m < models.size(); m++) sa.put("M" + (m + 1), simplifyingAssumptions(models.get(m), tt, explain));
        return new Solution(name, rows, cols, chart, primes, models, essential, r.complete() && r.minimumProven(),
                r.countMessage(), overall, fits, termCases, sa);
    }

    /** Fuzzy membership of every case in a term (minimum over its literals). */
    public static double[] membership(Term t, TruthTable tt) {
        int n = tt.data().size();
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1);
        for (int c = 0; c < t.size(); c++) {
            int code = t.code(c);
            if (code == 0) continue;
            double[] x = tt.data().column(tt.conditions().get(c));
            boolean fz = tt.fuzzy(c);
            for (int i = 0; i < n; i++) {
                double m = fz ? (code == 1 ? 1 - x[i] : x[i]) : (x[i] == code - 1 ? 1 : 0);
                if (m < out[i]) out[i] = m;
            }
        }
        return out;
    }

    /** Rows of the full truth table covered by the model but not among the explained ones (R's SA). */
    static List<Long> simplifyingAssumptions(List<Term> model, TruthTable tt, List<TruthTableRow> explain) {
        int[] lv = tt.levels();
        Set<Long> explained = new LinkedHashSet<>();
        for (TruthTableRow r : explain) explained.add(r.number());
        TreeSet<Long> out = new TreeSet<>();
        long budget = 2_000_000;
        for (Term t : model) {
            long size = 1;
            for (int c = 0; c < lv.length; c++) if (t.code(c) == 0) size *= lv[c];
            budget -= size;
            if (budget < 0) return List.of(); // too many to list; R likewise skips SA for large tables
            int[] v = new int[lv.length];
            for (int c = 0; c < lv.length; c++) v[c] = t.code(c) == 0 ? 0 : t.code(c) - 1;
            while (true) {
                long no = tt.rowNumber(v);
                if (!explained.contains(no)) out.add(no);
                int c = lv.length - 1;
                while (c >= 0) {
                    if (t.code(c) != 0) {
                        c--;
                        continue;
                    }
                    if (++v[c] < lv[c]) break;
                    v[c] = 0;
                    c--;
                }
                if (c < 0) break;
            }
        }
        return new ArrayList<>(out);
    }
}
