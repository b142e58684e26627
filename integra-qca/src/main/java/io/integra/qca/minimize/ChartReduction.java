package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dominance reduction of a prime implicant chart: an implicant covering a subset of another's configurations
 * is dropped (row dominance, McCluskey 1956, "Minimization of Boolean functions", <i>Bell System Technical
 * Journal</i> 35(6); the rule R QCA applies with {@code row.dom = TRUE}, Dusa 2019, ch. 8). Dropping dominated
 * rows keeps the minimum number of implicants, so {@link CoverSolver} seeks the minimum on the reduced chart.
 *
 * @param kept      the undominated implicants (indices into the chart), largest coverage first
 * @param dominated for each kept implicant (by position in {@code kept}), itself and the implicants it dominates
 */
record ChartReduction(List<Integer> kept, List<List<Integer>> dominated) {

    /**
     * Reduces a chart.
     *
     * @throws IllegalArgumentException when a configuration is covered by no implicant
     */
    static ChartReduction of(List<BitSet> chart, int nCols) {
        List<List<Integer>> byCol = new ArrayList<>();
        for (int c = 0; c < nCols; c++) byCol.add(new ArrayList<>());
        for (int i = 0; i < chart.size(); i++) {
            BitSet b = chart.get(i);
            for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) byCol.get(c).add(i);
        }
        for (int c = 0; c < nCols; c++) {
            if (byCol.get(c).isEmpty()) throw new IllegalArgumentException("configuration " + c + " is covered by no implicant");
        }
        // distinct coverage sets, largest first; a set is dropped when a kept set contains it. Listing a dropped
        // implicant under one dominating kept implicant is enough for the expansion of minimum covers.
        int words = (nCols + 63) >>> 6;
        int[] card = new int[chart.size()];
        for (int i = 0; i < card.length; i++) card[i] = chart.get(i).cardinality();
        Integer[] order = new Integer[chart.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> card[a] != card[b] ? Integer.compare(card[b], card[a]) : Integer.compare(a, b));
        List<Integer> kept = new ArrayList<>();
        Map<BitSet, Integer> keptBySet = new HashMap<>();
        int[][] keptByCol = new int[nCols][8];
        int[] keptByColSize = new int[nCols];
        List<List<Integer>> dominated = new ArrayList<>();
        long[][] keptWords = new long[chart.size()][];
        for (int i : order) {
            BitSet b = chart.get(i);
            Integer same = keptBySet.get(b);
            if (same != null) {
                dominated.get(same).add(i);
                continue;
            }
            long[] bw = Arrays.copyOf(b.toLongArray(), words);
            int pivot = b.nextSetBit(0);
            for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) if (keptByColSize[c] < keptByColSize[pivot]) pivot = c;
            int dominator = -1;
            int[] list = keptByCol[pivot];
            for (int t = 0; t < keptByColSize[pivot] && dominator < 0; t++) {
                long[] ow = keptWords[list[t]];
                boolean subset = true;
                for (int k = 0; k < words && subset; k++) subset = (bw[k] & ~ow[k]) == 0;
                if (subset) dominator = list[t];
            }
            if (dominator >= 0) {
                dominated.get(dominator).add(i);
            } else {
                int pos = kept.size();
                kept.add(i);
                keptBySet.put(b, pos);
                keptWords[pos] = bw;
                List<Integer> self = new ArrayList<>();
                self.add(i);
                dominated.add(self);
                for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) {
                    if (keptByColSize[c] == keptByCol[c].length) keptByCol[c] = Arrays.copyOf(keptByCol[c], keptByCol[c].length * 2);
                    keptByCol[c][keptByColSize[c]++] = pos;
                }
            }
        }
        return new ChartReduction(kept, dominated);
    }

    /** The chart restricted to the kept implicants, in the order of {@link #kept}. */
    List<BitSet> reducedChart(List<BitSet> chart) {
        List<BitSet> reduced = new ArrayList<>();
        for (int i : kept) reduced.add(chart.get(i));
        return reduced;
    }
}
