package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Exact solution of a prime implicant chart (a set-cover problem: rows = implicants, columns = configurations
 * to explain): the minimum number of implicants needed, and every cover of that size (R QCA's default:
 * all minimal models M1, M2, ...) or every irredundant cover (R's {@code all.sol = TRUE}).
 *
 * <p>Branch and bound in the manner of Petrick's method made implicit (Petrick 1956; Coudert 1994,
 * "Two-level logic minimization: an overview", <i>Integration</i> 17(2)): at each node the uncovered
 * configuration with fewest admissible implicants is chosen and the search branches on each implicant
 * covering it, excluding in later branches the implicants tried in earlier ones, so each cover is met once.
 * The lower bound is the size of a greedily built set of uncovered configurations no two of which share an
 * admissible implicant (each needs its own implicant). Irredundancy is enforced on the way (an implicant
 * chosen earlier must keep a configuration no other chosen implicant covers). Covers come out sorted by
 * size, then lexicographically by implicant index, as R orders models.
 *
 * <p>The enumeration stops at {@code maxModels}; the result then says that there are at least that many.
 * A node budget bounds the search for the minimum; when it runs out the result gives the best cover found
 * and the proven lower bound instead of failing.
 */
public final class CoverSolver {
    /** Outcome of solving a chart. */
    public record Result(int minimum, List<int[]> covers, boolean complete, boolean minimumProven, int lowerBound) {
        /** A sentence describing how many models there are. */
        public String countMessage() {
            if (!minimumProven) {
                return "search budget exhausted: best model found has " + minimum + " implicants, a minimal one has at least "
                        + lowerBound + "; models not enumerated";
            }
            return complete ? covers.size() + " model(s)" : "at least " + covers.size() + " models (enumeration stopped)";
        }
    }

    private final int nCols;
    private final BitSet[] rowCover;     // implicant -> configurations covered
    private final int[][] colRows;       // configuration -> implicants covering it
    private final int maxModels;
    private final long nodeBudget;
    private long nodes;

    private CoverSolver(List<BitSet> chart, int nCols, int maxModels, long nodeBudget) {
        this.nCols = nCols;
        this.rowCover = chart.toArray(new BitSet[0]);
        this.maxModels = maxModels;
        this.nodeBudget = nodeBudget;
        List<List<Integer>> cr = new ArrayList<>();
        for (int c = 0; c < nCols; c++) cr.add(new ArrayList<>());
        for (int r = 0; r < rowCover.length; r++) {
            for (int c = rowCover[r].nextSetBit(0); c >= 0; c = rowCover[r].nextSetBit(c + 1)) cr.get(c).add(r);
        }
        colRows = new int[nCols][];
        for (int c = 0; c < nCols; c++) colRows[c] = cr.get(c).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Solves the chart.
     *
     * @param chart       for each implicant, the configurations (0..nCols-1) it covers
     * @param allSolutions every irredundant cover instead of the minimum-size ones
     * @param maxModels   stop enumerating after this many covers
     * @param nodeBudget  search nodes allowed for proving the minimum (e.g. 50 million)
     */
    public static Result solve(List<BitSet> chart, int nCols, boolean allSolutions, int maxModels, long nodeBudget) {
        CoverSolver s = new CoverSolver(chart, nCols, maxModels, nodeBudget);
        for (int c = 0; c < nCols; c++) {
            if (s.colRows[c].length == 0) throw new IllegalArgumentException("configuration " + c + " is covered by no implicant");
        }
        return s.run(allSolutions);
    }

    private Result run(boolean allSolutions) {
        // 1. minimum size, by branch and bound from a greedy upper bound
        int[] greedy = greedy();
        best = greedy.length;
        bestCover = greedy;
        rootBound = -1;
        nodes = 0;
        budgetHit = false;
        BitSet uncovered = new BitSet(nCols);
        uncovered.set(0, nCols);
        minimise(uncovered, new boolean[rowCover.length], new int[rowCover.length], 0);
        if (budgetHit) {
            return new Result(best, List.of(sorted(bestCover)), false, false, Math.max(rootBound, 1));
        }
        int minimum = best;
        // 2. enumeration
        found = new ArrayList<>();
        limitHit = false;
        enumerate(uncovered, new boolean[rowCover.length], new int[rowCover.length], 0, allSolutions ? Integer.MAX_VALUE : minimum, allSolutions);
        List<int[]> covers = new ArrayList<>(found);
        covers.sort(Comparator.<int[]>comparingInt(a -> a.length).thenComparing(Arrays::compare));
        return new Result(minimum, covers, !limitHit, true, minimum);
    }

    private int best;
    private int[] bestCover;
    private int rootBound;
    private boolean budgetHit;
    private List<int[]> found;
    private boolean limitHit;

    private int[] greedy() {
        BitSet unc = new BitSet(nCols);
        unc.set(0, nCols);
        List<Integer> chosen = new ArrayList<>();
        while (!unc.isEmpty()) {
            int bestR = -1, bestGain = -1;
            for (int r = 0; r < rowCover.length; r++) {
                BitSet b = (BitSet) rowCover[r].clone();
                b.and(unc);
                int g = b.cardinality();
                if (g > bestGain) {
                    bestGain = g;
                    bestR = r;
                }
            }
            chosen.add(bestR);
            unc.andNot(rowCover[bestR]);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private void minimise(BitSet uncovered, boolean[] excluded, int[] chosen, int depth) {
        if (budgetHit) return;
        if (++nodes > nodeBudget) {
            budgetHit = true;
            return;
        }
        if (uncovered.isEmpty()) {
            if (depth < best) {
                best = depth;
                bestCover = Arrays.copyOf(chosen, depth);
            }
            return;
        }
        int lb = lowerBound(uncovered, excluded);
        if (depth == 0) rootBound = lb;
        if (lb < 0 || depth + lb >= best) return;
        int col = pickColumn(uncovered, excluded);
        int[] options = admissibleSorted(col, excluded, uncovered);
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int r : options) {
            chosen[depth] = r;
            BitSet next = (BitSet) uncovered.clone();
            next.andNot(rowCover[r]);
            minimise(next, excluded, chosen, depth + 1);
            if (budgetHit) break;
            excluded[r] = true;
            newlyExcluded.add(r);
            if (depth + 1 >= best) break;
        }
        for (int r : newlyExcluded) excluded[r] = false;
    }

    private void enumerate(BitSet uncovered, boolean[] excluded, int[] chosen, int depth, int bound, boolean irredundantOnly) {
        if (limitHit) return;
        if (uncovered.isEmpty()) {
            int[] cover = sorted(Arrays.copyOf(chosen, depth));
            if (!irredundantOnly || irredundant(cover)) {
                found.add(cover);
                if (found.size() >= maxModels) limitHit = true;
            }
            return;
        }
        if (depth >= bound) return;
        int lb = lowerBound(uncovered, excluded);
        if (lb < 0 || depth + lb > bound) return;
        if (irredundantOnly && !chosenKeepPrivate(chosen, depth, uncovered)) return;
        int col = pickColumn(uncovered, excluded);
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int r : colRows[col]) {
            if (excluded[r]) continue;
            chosen[depth] = r;
            BitSet next = (BitSet) uncovered.clone();
            next.andNot(rowCover[r]);
            enumerate(next, excluded, chosen, depth + 1, bound, irredundantOnly);
            if (limitHit) break;
            excluded[r] = true;
            newlyExcluded.add(r);
        }
        for (int r : newlyExcluded) excluded[r] = false;
    }

    /** Every chosen implicant must still be able to keep a configuration of its own. */
    private boolean chosenKeepPrivate(int[] chosen, int depth, BitSet uncovered) {
        for (int i = 0; i < depth; i++) {
            BitSet own = (BitSet) rowCover[chosen[i]].clone();
            for (int j = 0; j < depth; j++) if (j != i) own.andNot(rowCover[chosen[j]]);
            if (own.isEmpty()) return false;
        }
        return true;
    }

    private boolean irredundant(int[] cover) {
        for (int i = 0; i < cover.length; i++) {
            BitSet own = (BitSet) rowCover[cover[i]].clone();
            for (int j = 0; j < cover.length; j++) if (j != i) own.andNot(rowCover[cover[j]]);
            if (own.isEmpty()) return false;
        }
        return true;
    }

    private int pickColumn(BitSet uncovered, boolean[] excluded) {
        int bestC = -1, bestN = Integer.MAX_VALUE;
        for (int c = uncovered.nextSetBit(0); c >= 0; c = uncovered.nextSetBit(c + 1)) {
            int n = 0;
            for (int r : colRows[c]) if (!excluded[r]) n++;
            if (n < bestN) {
                bestN = n;
                bestC = c;
                if (n <= 1) break;
            }
        }
        return bestC;
    }

    private int[] admissibleSorted(int col, boolean[] excluded, BitSet uncovered) {
        List<int[]> opts = new ArrayList<>();
        for (int r : colRows[col]) {
            if (excluded[r]) continue;
            BitSet b = (BitSet) rowCover[r].clone();
            b.and(uncovered);
            opts.add(new int[] {r, b.cardinality()});
        }
        opts.sort((a, b) -> Integer.compare(b[1], a[1]));
        return opts.stream().mapToInt(a -> a[0]).toArray();
    }

    /**
     * Greedy packing of uncovered configurations with pairwise disjoint admissible implicant sets;
     * -1 when a configuration has no admissible implicant left.
     */
    private int lowerBound(BitSet uncovered, boolean[] excluded) {
        int count = uncovered.cardinality();
        int[] cols = new int[count];
        int[] deg = new int[count];
        int i = 0;
        for (int c = uncovered.nextSetBit(0); c >= 0; c = uncovered.nextSetBit(c + 1)) {
            int n = 0;
            for (int r : colRows[c]) if (!excluded[r]) n++;
            if (n == 0) return -1;
            cols[i] = c;
            deg[i++] = n;
        }
        Integer[] idx = new Integer[count];
        for (int j = 0; j < count; j++) idx[j] = j;
        Arrays.sort(idx, Comparator.comparingInt(j -> deg[j]));
        BitSet blocked = new BitSet(nCols);
        int lb = 0;
        for (int j : idx) {
            int c = cols[j];
            if (blocked.get(c)) continue;
            lb++;
            for (int r : colRows[c]) if (!excluded[r]) blocked.or(rowCover[r]);
        }
        return lb;
    }

    private static int[] sorted(int[] a) {
        int[] b = a.clone();
        Arrays.sort(b);
        return b;
    }
}
