package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.integra.qca.minimize.BitChart.andCount;
import static io.integra.qca.minimize.BitChart.andNot;
import static io.integra.qca.minimize.BitChart.coversAll;
import static io.integra.qca.minimize.BitChart.isEmpty;

/**
 * The minimum number of implicants covering a chart, by branch and bound: Petrick's method made implicit
 * (Petrick 1956, "A direct determination of the irredundant forms of a Boolean function from the set of prime
 * implicants"; Coudert 1994, "Two-level logic minimization: an overview", <i>Integration</i> 17(2)). The greedy
 * cover (largest gain first; Chvátal 1979, "A greedy heuristic for the set-covering problem") is the first
 * upper bound; at each node the search branches on each implicant covering the configuration chosen by
 * {@link BitChart#pickColumn}, excluding in later branches the implicants tried in earlier ones, and prunes
 * with {@link BitChart#lowerBound}.
 *
 * <p>A node budget bounds the search: when it runs out, the best cover found and the lower bound proven at the
 * root are kept instead of failing or running for ever.
 */
final class MinimumCover {
    private final BitChart chart;
    private final long nodeBudget;
    private long nodes;
    /** Size of the best cover found. */
    int best;
    /** The best cover found (implicant indices of the chart). */
    int[] bestCover;
    /** Lower bound proven at the root (-1 when the root was not bounded). */
    int rootBound;
    /** Whether the node budget ran out (then {@link #best} is not proven minimal). */
    boolean budgetHit;

    private MinimumCover(BitChart chart, long nodeBudget) {
        this.chart = chart;
        this.nodeBudget = nodeBudget;
    }

    /** Runs the search on a chart. */
    static MinimumCover find(BitChart chart, long nodeBudget) {
        MinimumCover m = new MinimumCover(chart, nodeBudget);
        int[] greedy = m.greedy();
        m.best = greedy.length;
        m.bestCover = greedy;
        m.rootBound = -1;
        m.nodes = 0;
        m.budgetHit = false;
        m.minimise(chart.full(), new boolean[chart.rows()], new int[chart.rows()], 0);
        return m;
    }

    private int[] greedy() {
        long[] unc = chart.full();
        List<Integer> chosen = new ArrayList<>();
        while (!isEmpty(unc)) {
            int bestR = -1, bestGain = -1;
            for (int r = 0; r < chart.cover.length; r++) {
                int g = andCount(chart.cover[r], unc);
                if (g > bestGain) {
                    bestGain = g;
                    bestR = r;
                }
            }
            chosen.add(bestR);
            andNot(unc, chart.cover[bestR]);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private void minimise(long[] uncovered, boolean[] excluded, int[] chosen, int depth) {
        if (budgetHit) return;
        if (++nodes > nodeBudget) {
            budgetHit = true;
            return;
        }
        if (isEmpty(uncovered)) {
            if (depth < best) {
                best = depth;
                bestCover = Arrays.copyOf(chosen, depth);
            }
            return;
        }
        int room = best - 1 - depth; // implicants that may still be added to beat the best cover
        if (room <= 0) return;
        int col = chart.pickColumn(uncovered, excluded);
        if (room == 1 && depth > 0) {
            // one more implicant: it must cover everything left
            for (int r : chart.colRows[col]) {
                if (!excluded[r] && coversAll(chart.cover[r], uncovered)) {
                    chosen[depth] = r;
                    best = depth + 1;
                    bestCover = Arrays.copyOf(chosen, depth + 1);
                    return;
                }
            }
            return;
        }
        int lb = chart.lowerBound(uncovered, excluded);
        if (depth == 0) rootBound = lb;
        if (lb < 0 || depth + lb >= best) return;
        int[] options = chart.admissibleSorted(col, excluded, uncovered);
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int r : options) {
            chosen[depth] = r;
            long[] next = uncovered.clone();
            andNot(next, chart.cover[r]);
            minimise(next, excluded, chosen, depth + 1);
            if (budgetHit) break;
            excluded[r] = true;
            newlyExcluded.add(r);
            if (depth + 1 >= best) break;
        }
        for (int r : newlyExcluded) excluded[r] = false;
    }
}
