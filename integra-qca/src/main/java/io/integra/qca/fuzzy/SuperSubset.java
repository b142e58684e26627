package io.integra.qca.fuzzy;

import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;
import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;

import java.util.ArrayList;
import java.util.List;

/**
 * Search for necessary conditions among conjunctions and disjunctions of literals, as R QCA's
 * {@code superSubset()} (C function {@code C_superSubset}; Dusa 2019, ch. 5.4): conjunctions of k literals,
 * k = 1, 2, ..., are kept when their necessity consistency and coverage reach the cut-offs; a disjunction of
 * the same literals is tried when the conjunction fails, and kept unless it contains an already found
 * conjunction or disjunction (which would make it trivially necessary). Levels 1-3 are always searched;
 * after that the search stops at the first level that adds nothing. Cut-offs are lowered by &radic;&epsilon; as in R.
 */
public final class SuperSubset {
    private SuperSubset() {}

    /** One expression found: its written form, the membership of each case and its fit. */
    public record Item(String expression, double[] membership, NecessityFit fit) {}

    public record Result(List<Item> items) {
        public List<NecessityFit> fits() {
            return items.stream().map(Item::fit).toList();
        }
    }

    public static Result necessity(QcaData data, String outcome, List<String> conditions, double inclCut, double covCut) {
        Expression oe = Expression.parse(outcome);
        Literal ol = oe.products().get(0).get(0);
        if (!data.has(ol.name())) throw new QcaException("outcome \"" + ol.name() + "\" is not in the data");
        double[] y = Expression.membership(ol, data);
        List<String> conds = new ArrayList<>(conditions);
        if (conds.isEmpty()) for (String c : data.columns()) if (!c.equals(ol.name())) conds.add(c);
        int n = conds.size(), rows = data.size();
        double[][] x = new double[n][];
        boolean[] fz = new boolean[n];
        int[] lv = new int[n];
        boolean mv = false;
        for (int c = 0; c < n; c++) {
            data.validateSet(conds.get(c));
            x[c] = data.column(conds.get(c));
            fz[c] = data.isFuzzy(conds.get(c));
            lv[c] = data.levels(conds.get(c));
            mv |= lv[c] > 2;
        }
        double eps = Math.sqrt(Math.ulp(1.0));
        double ic = inclCut - eps;
        double cc = covCut > 0 ? covCut - eps : covCut;
        double so = 0;
        for (double v : y) so += v;
        List<int[]> conj = new ArrayList<>(), disj = new ArrayList<>();
        List<Item> conjItems = new ArrayList<>(), disjItems = new ArrayList<>();
        int foundConjPrev = 0, foundDisjPrev = 0;
        int k = 1;
        boolean foundk = true;
        while (k <= n && foundk) {
            if (conj.size() + disj.size() > 0 && k > 3) foundk = false;
            int[] comb = new int[k];
            for (int i = 0; i < k; i++) comb[i] = i;
            do {
                int[] klv = new int[k];
                for (int j = 0; j < k; j++) klv[j] = lv[comb[j]];
                int[] vals = new int[k];
                do {
                    int[] chk = new int[n];
                    for (int j = 0; j < k; j++) chk[comb[j]] = vals[j] + 1;
                    double[] minx = new double[rows], maxx = new double[rows];
                    double sMin = 0, sMax = 0, sMinY = 0, sMaxY = 0, s1Min = 0, s1Max = 0, s1MinY = 0, s1MaxY = 0;
                    for (int r = 0; r < rows; r++) {
                        double mn = 1000000, mx = 0;
                        for (int j = 0; j < k; j++) {
                            int c = comb[j];
                            double m = fz[c] ? (chk[c] == 1 ? 1 - x[c][r] : x[c][r]) : (chk[c] == x[c][r] + 1 ? 1 : 0);
                            mn = Math.min(mn, m);
                            mx = Math.max(mx, m);
                        }
                        minx[r] = mn;
                        maxx[r] = mx;
                        sMin += mn;
                        sMax += mx;
                        sMinY += Math.min(mn, y[r]);
                        sMaxY += Math.min(mx, y[r]);
                        s1Min += 1 - mn;
                        s1Max += 1 - mx;
                        s1MinY += 1 - Math.min(mn, y[r]);
                        s1MaxY += 1 - Math.min(mx, y[r]);
                    }
                    double covConj = div(sMinY, sMin), inclConj = div(sMinY, so);
                    double inclDisj = div(sMaxY, so), covDisj = div(sMaxY, sMax);
                    double ronConj = div(s1Min, s1MinY), ronDisj = div(s1Max, s1MaxY);
                    if (inclConj >= ic && covConj >= cc) {
                        conj.add(chk);
                        conjItems.add(new Item(write(chk, conds, mv, "*"), minx, new NecessityFit(write(chk, conds, mv, "*"), inclConj, ronConj, covConj)));
                        foundk = true;
                    } else if (inclDisj >= ic && covDisj >= cc
                            && !containsAny(chk, conj, foundConjPrev) && !containsAny(chk, disj, foundDisjPrev)) {
                        disj.add(chk);
                        String name = write(chk, conds, mv, " + ");
                        disjItems.add(new Item(name, maxx, new NecessityFit(name, inclDisj, ronDisj, covDisj)));
                        foundk = true;
                    }
                } while (nextValues(vals, klv));
            } while (nextCombination(comb, n));
            foundConjPrev = conj.size();
            foundDisjPrev = disj.size();
            k++;
        }
        List<Item> items = new ArrayList<>(conjItems);
        items.addAll(disjItems);
        if (items.isEmpty()) throw new QcaException("there are no combinations with incl.cut = " + inclCut + " and cov.cut = " + covCut);
        return new Result(items);
    }

    private static double div(double a, double b) {
        return a == 0 && b == 0 ? 0 : a / b;
    }

    /** True when one of the first {@code upto} found expressions has all its literals in {@code chk}. */
    private static boolean containsAny(int[] chk, List<int[]> found, int upto) {
        for (int i = 0; i < upto; i++) {
            int[] f = found.get(i);
            boolean all = true;
            for (int c = 0; c < f.length && all; c++) if (f[c] != 0 && f[c] != chk[c]) all = false;
            if (all) return true;
        }
        return false;
    }

    private static String write(int[] chk, List<String> conds, boolean mv, String sep) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < chk.length; c++) {
            if (chk[c] == 0) continue;
            parts.add(mv ? conds.get(c) + "[" + (chk[c] - 1) + "]" : (chk[c] == 1 ? "~" : "") + conds.get(c));
        }
        return String.join(sep, parts);
    }

    private static boolean nextValues(int[] vals, int[] lv) {
        for (int j = vals.length - 1; j >= 0; j--) {
            if (++vals[j] < lv[j]) return true;
            vals[j] = 0;
        }
        return false;
    }

    static boolean nextCombination(int[] comb, int n) {
        int k = comb.length;
        int i = k - 1;
        while (i >= 0 && comb[i] == n - k + i) i--;
        if (i < 0) return false;
        comb[i]++;
        for (int j = i + 1; j < k; j++) comb[j] = comb[j - 1] + 1;
        return true;
    }
}
