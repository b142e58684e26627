package io.integra.qca.minimize;

import io.integra.qca.QcaException;
import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Intermediate solutions (Ragin &amp; Sonnett 2005, "Between complexity and parsimony: limited diversity,
 * counterfactual cases, and comparative analysis"; Ragin 2008, ch. 9), computed as R QCA does
 * (C function {@code getEC}): for every pair of a conservative model Ci and a parsimonious model Pj, each
 * conservative implicant contained in a parsimonious one loses the literals (beyond those of the parsimonious
 * implicant) that contradict the directional expectations; the simplifying assumptions of Pj covered by these
 * relaxed implicants are the "easy counterfactuals" (EC), the others are "difficult" (DC). The configurations
 * to explain plus the easy counterfactuals are then minimised with Quine-McCluskey.
 *
 * <p>Expectations on single conditions ({@code A}, {@code ~B}, {@code C[2]}) and on conjunctions
 * ({@code ~A*B}) are kept apart as in R: when both kinds are given, the conjunctural ones decide (R resets the
 * relaxed implicant for each conjunctural expectation, and the last one applies), which is reproduced.
 */
public final class IntermediateSolutions {
    private IntermediateSolutions() {}

    static List<Solution> compute(TruthTable tt, MinimizeOptions o, List<TruthTableRow> explain,
                                  Solution conservative, Solution parsimonious) {
        int[][] dem = expectations(o.dirExp(), tt);
        boolean allZero = Arrays.stream(dem).allMatch(r -> Arrays.stream(r).allMatch(v -> v == 0));
        boolean noSA = parsimonious.simplifyingAssumptions().values().stream().allMatch(List::isEmpty);
        List<Solution> out = new ArrayList<>();
        int nc = tt.conditions().size();
        for (int cs = 0; cs < conservative.models().size(); cs++) {
            for (int ps = 0; ps < parsimonious.models().size(); ps++) {
                String name = "C" + (cs + 1) + "P" + (ps + 1);
                List<Long> sa = parsimonious.simplifyingAssumptions().get("M" + (ps + 1));
                List<Long> ec = new ArrayList<>();
                Solution s;
                if (allZero || noSA) {
                    s = Minimizer.solve(name, tt, conservative.models().get(cs), explain, o);
                } else {
                    ec = easyCounterfactuals(dem, conservative.models().get(cs), parsimonious.models().get(ps), sa, tt);
                    Set<Long> onsetNos = new LinkedHashSet<>();
                    List<int[]> onset = new ArrayList<>();
                    for (TruthTableRow r : explain) if (onsetNos.add(r.number())) onset.add(r.values());
                    for (long e : ec) if (onsetNos.add(e)) onset.add(tt.rowValues(e));
                    List<Term> pis = QuineMcCluskey.primeImplicants(onset, tt.levels());
                    s = Minimizer.solve(name, tt, pis, explain, o);
                }
                Map<String, List<Long>> sam = new LinkedHashMap<>();
                List<Long> dc = new ArrayList<>(sa);
                dc.removeAll(ec);
                sam.put("EC", ec);
                sam.put("DC", dc);
                out.add(new Solution(name, s.chartRows(), s.chartColumns(), s.chart(), s.primes(), s.models(),
                        s.essential(), s.complete(), s.countMessage(), s.overall(), s.modelFits(), s.termCases(), sam));
            }
        }
        if (nc == 0) throw new QcaException("no conditions");
        return out;
    }

    /** The easy counterfactuals among the simplifying assumptions {@code sa} of a parsimonious model. */
    static List<Long> easyCounterfactuals(int[][] dem, List<Term> csol, List<Term> psol, List<Long> sa, TruthTable tt) {
        int nc = tt.conditions().size();
        List<int[]> ide = new ArrayList<>(), cde = new ArrayList<>();
        for (int[] r : dem) {
            long nz = Arrays.stream(r).filter(v -> v > 0).count();
            if (nz == 1) ide.add(r);
            else if (nz > 1) cde.add(r);
        }
        List<int[]> saRows = sa.stream().map(no -> tt.rowValues(no)).toList();
        boolean[] ecs = new boolean[saRows.size()];
        for (Term comp : csol) {
            for (Term pars : psol) {
                if (!pars.subsumes(comp)) continue;
                boolean[] compgz = new boolean[nc];
                for (int c = 0; c < nc; c++) compgz[c] = comp.code(c) > 0 && pars.code(c) == 0;
                int[] res = comp.code();
                if (!ide.isEmpty()) {
                    for (int c = 0; c < nc; c++) {
                        if (!compgz[c]) continue;
                        boolean dontcare = true, defound = false;
                        for (int[] r : ide) {
                            if (r[c] > 0) {
                                dontcare = false;
                                if (r[c] == comp.code(c)) defound = true;
                            }
                        }
                        if (!dontcare && !defound) res[c] = 0;
                    }
                }
                if (!cde.isEmpty()) {
                    for (int[] r : cde) {
                        res = comp.code();
                        boolean allcde = true;
                        for (int c = 0; c < nc; c++) if (compgz[c] && r[c] > 0) allcde &= r[c] == comp.code(c);
                        if (!allcde) for (int c = 0; c < nc; c++) if (compgz[c] && r[c] > 0) res[c] = 0;
                    }
                }
                for (int i = 0; i < saRows.size(); i++) {
                    if (ecs[i]) continue;
                    boolean equal = true;
                    for (int c = 0; c < nc && equal; c++) if (res[c] > 0) equal = saRows.get(i)[c] + 1 == res[c];
                    ecs[i] = equal;
                }
            }
        }
        List<Long> ec = new ArrayList<>();
        for (int i = 0; i < saRows.size(); i++) if (ecs[i]) ec.add(sa.get(i));
        return ec;
    }

    /**
     * Directional expectations as rows of implicant codes (0 = none, v+1 = value v expected). Accepts
     * {@code A}, {@code ~B}, {@code C*~D}, {@code E[1]}, {@code E[0,1]}, ranges {@code A:D} and the positional form
     * {@code 1,0,-,...} with one entry per condition.
     */
    static int[][] expectations(List<String> dirExp, TruthTable tt) {
        List<String> conds = tt.conditions();
        int[] lv = tt.levels();
        List<String> items = new ArrayList<>();
        for (String d : dirExp) for (String s : d.split("[,;]")) if (!s.isBlank()) items.add(s.trim());
        boolean positional = !items.isEmpty() && items.stream().allMatch(s -> s.matches("-|\\d+"));
        Set<String> rows = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        if (positional) {
            if (items.size() != conds.size()) {
                throw new QcaException("the number of directional expectations (" + items.size() + ") does not match the number of conditions (" + conds.size() + ")");
            }
            for (int c = 0; c < items.size(); c++) {
                if (items.get(c).equals("-")) continue;
                int v = Integer.parseInt(items.get(c));
                if (v >= lv[c]) throw new QcaException("directional expectation " + v + " does not appear in the data for condition \"" + conds.get(c) + "\"");
                int[] r = new int[conds.size()];
                r[c] = v + 1;
                if (rows.add(Arrays.toString(r))) out.add(r);
            }
            if (out.isEmpty()) out.add(new int[conds.size()]);
            return out.toArray(new int[0][]);
        }
        List<String> expanded = new ArrayList<>();
        for (String s : items) {
            if (s.contains(":")) {
                String[] ab = s.split(":");
                int a = conds.indexOf(ab[0].trim()), b = ab.length > 1 ? conds.indexOf(ab[1].trim()) : -1;
                if (a < 0 || b < 0 || b < a) throw new QcaException("inexisting condition(s) in the sequence of directional expectations \"" + s + "\"");
                for (int c = a; c <= b; c++) expanded.add(conds.get(c));
            } else {
                expanded.add(s);
            }
        }
        for (String s : expanded) {
            for (List<Literal> product : Expression.parse(s).products()) {
                List<int[]> partial = new ArrayList<>();
                partial.add(new int[conds.size()]);
                for (Literal l : product) {
                    int c = conds.indexOf(l.name());
                    if (c < 0) throw new QcaException("directional expectation on \"" + l.name() + "\", which is not a condition");
                    List<Integer> vals = new ArrayList<>();
                    if (l.values().isEmpty()) {
                        if (lv[c] > 2) throw new QcaException("for multi-value condition \"" + l.name() + "\", give the expected value in brackets, e.g. " + l.name() + "[1]");
                        vals.add(l.negated() ? 0 : 1);
                    } else {
                        for (int v = 0; v < lv[c]; v++) if (l.values().contains(v) != l.negated()) vals.add(v);
                        for (int v : l.values()) if (v >= lv[c]) throw new QcaException("value " + v + " of \"" + l.name() + "\" does not appear in the data");
                    }
                    List<int[]> next = new ArrayList<>();
                    for (int[] p : partial) for (int v : vals) {
                        int[] q = p.clone();
                        q[c] = v + 1;
                        next.add(q);
                    }
                    partial = next;
                }
                for (int[] r : partial) if (rows.add(Arrays.toString(r))) out.add(r);
            }
        }
        return out.toArray(new int[0][]);
    }
}
