package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.integra.qca.minimize.BitChart.andNot;
import static io.integra.qca.minimize.BitChart.coversAll;
import static io.integra.qca.minimize.BitChart.isEmpty;

/**
 * Every cover of a chart up to a size bound, optionally only the irredundant ones (each chosen implicant keeps
 * a configuration no other covers: R QCA's {@code all.sol = TRUE}, Dusa 2019, ch. 8). The search is Petrick's
 * method made implicit (Petrick 1956; Coudert 1994, "Two-level logic minimization: an overview",
 * <i>Integration</i> 17(2)): it branches on each implicant covering the configuration chosen by
 * {@link BitChart#pickColumn}, excluding in later branches the implicants tried in earlier ones, so each cover
 * is met exactly once; {@link BitChart#lowerBound} prunes branches that cannot finish within the bound.
 *
 * <p>Rows of the chart may stand for groups of implicants ("members", e.g. implicants with identical coverage);
 * each cover found is expanded into every combination of members, and the enumeration stops once
 * {@code limit} covers have been collected.
 */
final class CoverEnumeration {
    private final BitChart chart;
    private final List<List<Integer>> members;
    private final int limit;
    private final List<int[]> found = new ArrayList<>();
    private boolean limitHit;

    private CoverEnumeration(BitChart chart, List<List<Integer>> members, int limit) {
        this.chart = chart;
        this.members = members;
        this.limit = limit;
    }

    /** The covers found (member indices, each sorted) and whether the limit stopped the enumeration. */
    record Covers(List<int[]> covers, boolean limitHit) {}

    /**
     * Enumerates the covers of at most {@code bound} rows.
     *
     * @param members         for each row of the chart, the implicants it stands for
     * @param limit           stop after this many covers (after expansion into members)
     * @param irredundantOnly keep only irredundant covers
     */
    static Covers enumerate(BitChart chart, List<List<Integer>> members, int limit, int bound, boolean irredundantOnly) {
        CoverEnumeration e = new CoverEnumeration(chart, members, limit);
        e.enumerate(chart.full(), new boolean[chart.rows()], new int[chart.rows()], 0, bound, irredundantOnly);
        return new Covers(e.found, e.limitHit);
    }

    private void enumerate(long[] uncovered, boolean[] excluded, int[] chosen, int depth, int bound, boolean irredundantOnly) {
        if (limitHit) return;
        if (isEmpty(uncovered)) {
            if (!irredundantOnly || keepPrivate(chosen, depth)) expand(Arrays.copyOf(chosen, depth));
            return;
        }
        if (depth >= bound) return;
        if (irredundantOnly && !keepPrivate(chosen, depth)) return;
        int col = chart.pickColumn(uncovered, excluded);
        if (depth == bound - 1) {
            // last implicant: it must cover everything left
            for (int r : chart.colRows[col]) {
                if (excluded[r] || !coversAll(chart.cover[r], uncovered)) continue;
                chosen[depth] = r;
                if (!irredundantOnly || keepPrivate(chosen, depth + 1)) expand(Arrays.copyOf(chosen, depth + 1));
                if (limitHit) return;
            }
            return;
        }
        int lb = chart.lowerBound(uncovered, excluded);
        if (lb < 0 || depth + lb > bound) return;
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int r : chart.colRows[col]) {
            if (excluded[r]) continue;
            chosen[depth] = r;
            long[] next = uncovered.clone();
            andNot(next, chart.cover[r]);
            enumerate(next, excluded, chosen, depth + 1, bound, irredundantOnly);
            if (limitHit) break;
            excluded[r] = true;
            newlyExcluded.add(r);
        }
        for (int r : newlyExcluded) excluded[r] = false;
    }

    /** Adds every member combination of a cover of rows, up to the limit. */
    private void expand(int[] rows) {
        int[] idx = new int[rows.length];
        while (true) {
            int[] c = new int[rows.length];
            for (int i = 0; i < rows.length; i++) c[i] = members.get(rows[i]).get(idx[i]);
            Arrays.sort(c);
            found.add(c);
            if (found.size() >= limit) {
                limitHit = true;
                return;
            }
            int i = rows.length - 1;
            while (i >= 0) {
                if (++idx[i] < members.get(rows[i]).size()) break;
                idx[i] = 0;
                i--;
            }
            if (i < 0) return;
        }
    }

    /** Every chosen implicant keeps a configuration no other chosen implicant covers. */
    private boolean keepPrivate(int[] chosen, int depth) {
        for (int i = 0; i < depth; i++) {
            long[] own = chart.cover[chosen[i]].clone();
            for (int j = 0; j < depth; j++) if (j != i) andNot(own, chart.cover[chosen[j]]);
            if (isEmpty(own)) return false;
        }
        return true;
    }
}
