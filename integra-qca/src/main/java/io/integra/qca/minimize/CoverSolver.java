package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact solution of a prime implicant chart (a set-cover problem: rows = implicants, columns = configurations
 * to explain): the minimum number of implicants needed, and every cover of that size (R QCA's default:
 * all minimal models M1, M2, ...) or every irredundant cover (R's {@code all.sol = TRUE}).
 *
 * <p>The steps live in their own classes: {@link ChartReduction} (row dominance, which keeps the minimum),
 * {@link MinimumCover} (branch and bound for the minimum on the reduced chart, Petrick 1956 made implicit as in
 * Coudert 1994) and {@link CoverEnumeration} (every cover within a size bound, irredundant ones for
 * {@code all.sol}). This class combines them and expands covers of the reduced chart back into the implicants
 * each kept one dominates. Covers come out sorted by size, then lexicographically by implicant index, as R
 * orders models.
 *
 * <p>The enumeration stops at {@code maxModels} (the result then says "at least N"); a node budget bounds the
 * search for the minimum: when it runs out, the result gives the best cover found and the proven lower bound
 * instead of failing or running for ever.
 */
public final class CoverSolver {
    private CoverSolver() {}

    /** Outcome of solving a chart. */
    public record Result(int minimum, List<int[]> covers, boolean complete, boolean minimumProven, int lowerBound) {
        /** A sentence describing how many models there are. */
        public String countMessage() {
            if (!minimumProven) {
                return "search budget exhausted: best model found has " + minimum + " implicants, a minimal one has at least "
                        + lowerBound + "; models not enumerated";
            }
            return complete ? covers.size() + " model(s)" : "at least " + covers.size() + " models (enumeration stopped at the limit)";
        }
    }

    /**
     * Solves the chart.
     *
     * @param chart        for each implicant, the configurations (0..nCols-1) it covers
     * @param allSolutions every irredundant cover instead of the minimum-size ones
     * @param maxModels    stop enumerating after this many covers
     * @param nodeBudget   search nodes allowed for proving the minimum
     */
    public static Result solve(List<BitSet> chart, int nCols, boolean allSolutions, int maxModels, long nodeBudget) {
        ChartReduction red = ChartReduction.of(chart, nCols);
        Result min = minimum(red, chart, nCols, nodeBudget);
        if (!min.minimumProven()) return min;
        List<int[]> covers;
        boolean limitHit;
        if (allSolutions) {
            // implicants with identical coverage are interchangeable: enumerate covers of coverage classes,
            // then expand each into its implicants
            Map<BitSet, List<Integer>> classes = new LinkedHashMap<>();
            for (int i = 0; i < chart.size(); i++) classes.computeIfAbsent(chart.get(i), b -> new ArrayList<>()).add(i);
            List<BitSet> classChart = new ArrayList<>(classes.keySet());
            CoverEnumeration.Covers found = CoverEnumeration.enumerate(new BitChart(classChart, nCols),
                    new ArrayList<>(classes.values()), maxModels, Integer.MAX_VALUE, true);
            covers = found.covers();
            limitHit = found.limitHit();
        } else {
            // every minimum cover maps onto a minimum cover of the reduced chart (replace each implicant by one
            // dominating it); so enumerate those, then expand each implicant into the ones it dominates
            List<BitSet> reducedChart = red.reducedChart(chart);
            List<List<Integer>> singletons = new ArrayList<>();
            for (int i = 0; i < red.kept().size(); i++) singletons.add(List.of(i));
            CoverEnumeration.Covers found = CoverEnumeration.enumerate(new BitChart(reducedChart, nCols),
                    singletons, Integer.MAX_VALUE, min.minimum(), false);
            Set<List<Integer>> all = new LinkedHashSet<>();
            limitHit = false;
            for (int[] rc : found.covers()) {
                int[][] options = new int[rc.length][];
                BitSet[] suffix = new BitSet[rc.length + 1];
                suffix[rc.length] = new BitSet(nCols);
                for (int i = rc.length - 1; i >= 0; i--) {
                    suffix[i] = (BitSet) suffix[i + 1].clone();
                    suffix[i].or(reducedChart.get(rc[i]));
                }
                for (int i = 0; i < rc.length; i++) {
                    // what only this implicant covers must be covered by its replacement
                    BitSet own = (BitSet) reducedChart.get(rc[i]).clone();
                    for (int j = 0; j < rc.length; j++) if (j != i) own.andNot(reducedChart.get(rc[j]));
                    options[i] = red.dominated().get(rc[i]).stream().filter(p -> {
                        BitSet o = (BitSet) own.clone();
                        o.andNot(chart.get(p));
                        return o.isEmpty();
                    }).mapToInt(Integer::intValue).toArray();
                }
                limitHit = expandDominated(chart, nCols, options, suffix, new int[rc.length], 0, new BitSet(nCols), all, maxModels);
                if (limitHit) break;
            }
            covers = new ArrayList<>();
            for (List<Integer> c : all) covers.add(c.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        covers.sort(Comparator.<int[]>comparingInt(a -> a.length).thenComparing(Arrays::compare));
        return new Result(min.minimum(), covers, !limitHit, true, min.minimum());
    }

    /** Chooses, for each implicant of a reduced cover, one it dominates, keeping only choices that still cover all. */
    private static boolean expandDominated(List<BitSet> chart, int nCols, int[][] options, BitSet[] suffix, int[] pick, int i,
                                           BitSet covered, Set<List<Integer>> out, int limit) {
        BitSet reach = (BitSet) covered.clone();
        reach.or(suffix[i]);
        if (reach.cardinality() < nCols) return false; // even the dominating implicants could not finish the cover
        if (i == options.length) {
            if (covered.cardinality() < nCols) return false;
            List<Integer> c = new ArrayList<>();
            for (int p : pick) c.add(p);
            c.sort(null);
            if (new HashSet<>(c).size() == c.size()) out.add(c);
            return out.size() >= limit;
        }
        for (int p : options[i]) {
            pick[i] = p;
            BitSet next = (BitSet) covered.clone();
            next.or(chart.get(p));
            if (expandDominated(chart, nCols, options, suffix, pick, i + 1, next, out, limit)) return true;
        }
        return false;
    }

    /** Only the minimum: one minimal cover and whether its minimality is proven within the budget. */
    public static Result minimum(List<BitSet> chart, int nCols, long nodeBudget) {
        return minimum(ChartReduction.of(chart, nCols), chart, nCols, nodeBudget);
    }

    private static Result minimum(ChartReduction red, List<BitSet> chart, int nCols, long nodeBudget) {
        MinimumCover s = MinimumCover.find(new BitChart(red.reducedChart(chart), nCols), nodeBudget);
        int[] orig = new int[s.bestCover.length];
        for (int i = 0; i < orig.length; i++) orig[i] = red.kept().get(s.bestCover[i]);
        Arrays.sort(orig);
        return new Result(s.best, List.of(orig), !s.budgetHit, !s.budgetHit, s.budgetHit ? Math.max(s.rootBound, 1) : s.best);
    }
}
