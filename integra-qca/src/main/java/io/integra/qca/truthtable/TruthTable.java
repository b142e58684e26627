package io.integra.qca.truthtable;

import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;
import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A truth table built as R QCA's {@code truthTable()} does (Dusa 2019, ch. 7): cases are assigned to the
 * configuration where their membership exceeds 0.5; each observed row gets its number of cases, its
 * sufficiency consistency (inclS) and PRI computed from the fuzzy memberships of all cases; the output is
 * 1 when incl &ge; incl.cut[1] and PRI &ge; pri.cut, C (contradiction) when incl.cut[2] &le; incl &lt; incl.cut[1],
 * 0 otherwise; rows with fewer than n.cut cases are remainders ("?"). With up to seven conditions every
 * configuration is listed (unobserved ones as remainders), as in R; with more, only observed rows are kept.
 */
public final class TruthTable {
    private final TruthTableOptions options;
    private final String outcomeName;
    private final boolean outcomeNegated;
    private final List<String> conditions;
    private final int[] levels;
    private final boolean[] fuzzy;
    private final List<TruthTableRow> rows;
    private final List<Long> printOrder;
    private final QcaData data;
    private final double[] outcome;

    private TruthTable(TruthTableOptions options, String outcomeName, boolean negated, List<String> conditions,
                       int[] levels, boolean[] fuzzy, List<TruthTableRow> rows, List<Long> printOrder,
                       QcaData data, double[] outcome) {
        this.options = options;
        this.outcomeName = outcomeName;
        this.outcomeNegated = negated;
        this.conditions = List.copyOf(conditions);
        this.levels = levels;
        this.fuzzy = fuzzy;
        this.rows = List.copyOf(rows);
        this.printOrder = List.copyOf(printOrder);
        this.data = data;
        this.outcome = outcome;
    }

    /** Builds the truth table of {@code data} for the given options. */
    public static TruthTable build(QcaData data, TruthTableOptions o) {
        Expression outExpr = Expression.parse(o.outcome().trim());
        if (outExpr.products().size() != 1 || outExpr.products().get(0).size() != 1) {
            throw new QcaException("the outcome must be a single set, e.g. Y, ~Y or Y[1]: \"" + o.outcome() + "\"");
        }
        Literal outLit = outExpr.products().get(0).get(0);
        if (!data.has(outLit.name())) {
            throw new QcaException("outcome \"" + outLit.name() + "\" is not in the data (columns: " + String.join(", ", data.columns()) + ")");
        }
        double[] y = Expression.membership(outLit, data);
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i]) || y[i] < 0 || y[i] > 1) {
                throw new QcaException("outcome \"" + outLit.name() + "\", case " + data.cases().get(i) + ": value outside [0,1]");
            }
        }
        List<String> conds = new ArrayList<>(o.conditions());
        if (conds.isEmpty()) {
            for (String c : data.columns()) if (!c.equals(outLit.name())) conds.add(c);
        }
        if (conds.isEmpty()) throw new QcaException("no conditions");
        if (conds.contains(outLit.name())) throw new QcaException("the outcome \"" + outLit.name() + "\" cannot also be a condition");
        if (conds.size() > 30) throw new QcaException("too many conditions (" + conds.size() + "); at most 30");
        if (conds.stream().distinct().count() != conds.size()) throw new QcaException("a condition is listed twice");
        int k = conds.size();
        int[] lv = new int[k];
        boolean[] fz = new boolean[k];
        double[][] x = new double[k][];
        for (int c = 0; c < k; c++) {
            String name = conds.get(c);
            if (!data.has(name)) {
                throw new QcaException("condition \"" + name + "\" is not in the data (columns: " + String.join(", ", data.columns()) + ")");
            }
            data.validateSet(name);
            fz[c] = data.isFuzzy(name);
            lv[c] = data.levels(name);
            x[c] = data.column(name);
        }
        long[] mbase = new long[k];
        long m = 1;
        for (int c = k - 1; c >= 0; c--) {
            mbase[c] = m;
            m *= lv[c];
        }
        long totalRows = m;
        int ncases = data.size();
        if (ncases == 0) throw new QcaException("the data has no cases");
        long[] line = new long[ncases];
        boolean[] zeroFive = new boolean[ncases];
        TreeMap<Long, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < ncases; i++) {
            long r = 0;
            for (int c = 0; c < k; c++) {
                int v = fz[c] ? (x[c][i] > 0.5 ? 1 : 0) : (int) x[c][i];
                if (fz[c] && Math.abs(x[c][i] - 0.5) < 1.5e-8) zeroFive[i] = true;
                r += v * mbase[c];
            }
            line[i] = r + 1;
            groups.computeIfAbsent(line[i], key -> new ArrayList<>()).add(i);
        }
        boolean allCrisp = true;
        for (boolean f : fz) allCrisp &= !f;

        Map<Long, TruthTableRow> observed = new TreeMap<>();
        boolean anyKept = false;
        for (Map.Entry<Long, List<Integer>> g : groups.entrySet()) {
            long rowNo = g.getKey();
            int[] values = rowValues(rowNo, lv, mbase);
            double sumx = 0, sumMin = 0, priSum = 0;
            int n = 0;
            if (allCrisp) {
                for (int i : g.getValue()) {
                    sumx += 1;
                    sumMin += y[i];
                    priSum += Math.min(y[i], 1 - y[i]);
                    n++;
                }
            } else {
                for (int i = 0; i < ncases; i++) {
                    double min = 1000;
                    for (int c = 0; c < k; c++) {
                        double mm = fz[c] ? (values[c] == 0 ? 1 - x[c][i] : x[c][i]) : (x[c][i] == values[c] ? 1 : 0);
                        if (mm < min) min = mm;
                    }
                    sumx += min;
                    double pm = Math.min(min, y[i]);
                    sumMin += pm;
                    priSum += Math.min(pm, 1 - y[i]);
                    if (min > 0.5) n++;
                }
            }
            double incl = sumMin / sumx;
            double pri = (sumMin - priSum) / (sumx - priSum);
            String out;
            if (n < o.nCut()) {
                out = "?";
            } else {
                anyKept = true;
                out = (agteb(incl, o.inclCut1()) && agteb(pri, o.priCut())) ? "1" : "0";
                if (incl < o.inclCut1() && agteb(incl, o.inclCut0())) out = "C";
            }
            List<String> cases = new ArrayList<>();
            for (int i : g.getValue()) if (!zeroFive[i]) cases.add(data.cases().get(i));
            observed.put(rowNo, new TruthTableRow(rowNo, values, out, n, incl, pri, cases));
        }
        if (!anyKept) throw new QcaException("there are no configurations, using these cut-off values (n.cut = " + o.nCut() + ")");

        List<TruthTableRow> rows = new ArrayList<>();
        if (k <= 7) {
            for (long r = 1; r <= totalRows; r++) {
                TruthTableRow obs = observed.get(r);
                rows.add(obs != null ? obs : new TruthTableRow(r, rowValues(r, lv, mbase), "?", 0, Double.NaN, Double.NaN, List.of()));
            }
        } else {
            for (TruthTableRow r : observed.values()) if (!"?".equals(r.out())) rows.add(r);
        }
        List<TruthTableRow> order = new ArrayList<>(rows);
        if (!o.sortBy().isEmpty()) {
            List<SortKey> keys = o.sortBy();
            for (int i = keys.size() - 1; i >= 0; i--) {
                SortKey key = keys.get(i);
                Comparator<TruthTableRow> cmp = comparator(key.column(), conds);
                if (cmp == null) continue;
                order.sort(key.decreasing() ? cmp.reversed() : cmp);
            }
            order.sort(Comparator.comparingInt(r -> "?".equals(r.out()) ? 1 : 0));
        }
        List<Long> printOrder = order.stream().map(TruthTableRow::number).toList();
        return new TruthTable(o, outLit.name(), outLit.negated(), conds, lv, fz, rows, printOrder, data, y);
    }

    private static Comparator<TruthTableRow> comparator(String column, List<String> conds) {
        switch (column) {
            case "OUT":
                return Comparator.comparingInt(r -> outRank(r.out()));
            case "n":
                return Comparator.comparingInt(TruthTableRow::n);
            case "incl":
                return Comparator.comparingDouble(r -> Double.isNaN(r.incl()) ? Double.NEGATIVE_INFINITY : r.incl());
            case "PRI":
                return Comparator.comparingDouble(r -> Double.isNaN(r.pri()) ? Double.NEGATIVE_INFINITY : r.pri());
            default:
                int c = conds.indexOf(column);
                if (c < 0) return null;
                return Comparator.comparingInt(r -> r.value(c));
        }
    }

    /** R sorts OUT as text: "?" &lt; "0" &lt; "1" &lt; "C". */
    private static int outRank(String out) {
        switch (out) {
            case "?": return 0;
            case "0": return 1;
            case "1": return 2;
            default: return 3;
        }
    }

    /** a &ge; b with R's tolerance (admisc::agteb). */
    static boolean agteb(double a, double b) {
        return a > b || Math.abs(a - b) <= 1.4901161193847656e-8;
    }

    static int[] rowValues(long rowNo, int[] lv, long[] mbase) {
        int[] v = new int[lv.length];
        long r = rowNo - 1;
        for (int c = 0; c < lv.length; c++) v[c] = (int) ((r / mbase[c]) % lv[c]);
        return v;
    }

    /** The condition values of row {@code number} (1-based), observed or not. */
    public int[] rowValues(long number) {
        int[] v = new int[levels.length];
        long r = number - 1;
        for (int c = levels.length - 1; c >= 0; c--) {
            v[c] = (int) (r % levels[c]);
            r /= levels[c];
        }
        return v;
    }

    /** Row number (1-based) of a configuration. */
    public long rowNumber(int[] values) {
        long r = 0, m = 1;
        for (int c = levels.length - 1; c >= 0; c--) {
            r += values[c] * m;
            m *= levels[c];
        }
        return r + 1;
    }

    public TruthTableOptions options() { return options; }

    public String outcomeName() { return outcomeName; }

    public boolean outcomeNegated() { return outcomeNegated; }

    /** The outcome as written: {@code ~Y} when negated. */
    public String outcomeLabel() { return (outcomeNegated ? "~" : "") + outcomeName; }

    public List<String> conditions() { return conditions; }

    public int[] levels() { return levels.clone(); }

    public boolean fuzzy(int condition) { return fuzzy[condition]; }

    /** True when a condition has more than two levels: terms are then written A[1]. */
    public boolean multiValue() {
        for (int l : levels) if (l > 2) return true;
        return false;
    }

    /** Every row: all configurations with up to seven conditions, the observed rows otherwise. */
    public List<TruthTableRow> rows() { return rows; }

    /** Observed rows (at least n.cut cases: OUT 0, 1 or C) in row order. */
    public List<TruthTableRow> observedRows() {
        return rows.stream().filter(r -> !"?".equals(r.out())).toList();
    }

    public List<Long> printOrder() { return printOrder; }

    public QcaData data() { return data; }

    /** The outcome membership of each case (negated when the outcome is ~Y). */
    public double[] outcome() { return outcome.clone(); }

    /** Total number of configurations (product of the numbers of levels). */
    public long configurations() {
        long m = 1;
        for (int l : levels) m *= l;
        return m;
    }

    public TruthTableRow row(long number) {
        for (TruthTableRow r : rows) if (r.number() == number) return r;
        return null;
    }
}
