package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact solution of a prime implicant chart (a set-cover problem: rows = implicants, columns = configurations
 * to explain): the minimum number of implicants needed, and every cover of that size (R QCA's default:
 * all minimal models M1, M2, ...) or every irredundant cover (R's {@code all.sol = TRUE}).
 *
 * <p>Branch and bound in the manner of Petrick's method made implicit (Petrick 1956, "A direct determination
 * of the irredundant forms of a Boolean function from the set of prime implicants"; Coudert 1994, "Two-level
 * logic minimization: an overview", <i>Integration</i> 17(2)): at each node the uncovered configuration with
 * fewest admissible implicants is chosen and the search branches on each implicant covering it, excluding in
 * later branches the implicants tried in earlier ones, so each cover is met exactly once. Two lower bounds
 * prune the search: a greedily built set of uncovered configurations no two of which share an admissible
 * implicant (each needs its own implicant), and the number of uncovered configurations divided by the largest
 * number any admissible implicant covers. The minimum itself is sought on the chart reduced by dominance
 * (an implicant covering a subset of another's configurations is dropped; this keeps the minimum), the
 * enumeration runs on the full chart. Irredundancy is enforced on the way for {@code all.sol}. Covers come out
 * sorted by size, then lexicographically by implicant index, as R orders models.
 *
 * <p>The enumeration stops at {@code maxModels} (the result then says "at least N"); a node budget bounds the
 * search for the minimum: when it runs out, the result gives the best cover found and the proven lower bound
 * instead of failing or running for ever.
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
            return complete ? covers.size() + " model(s)" : "at least " + covers.size() + " models (enumeration stopped at the limit)";
        }
    }

    private final int nCols;
    private final int words;
    private final long[][] cover;   // implicant -> configurations covered
    private final int[] coverCount;
    private final int[][] colRows;  // configuration -> implicants covering it
    private final int maxModels;
    private final long nodeBudget;
    private long nodes;
    private int best;
    private int[] bestCover;
    private int rootBound;
    private boolean budgetHit;
    private List<int[]> found;
    private boolean limitHit;

    private CoverSolver(List<BitSet> chart, int nCols, int maxModels, long nodeBudget) {
        this.nCols = nCols;
        this.words = (nCols + 63) >>> 6;
        this.maxModels = maxModels;
        this.nodeBudget = nodeBudget;
        int n = chart.size();
        cover = new long[n][];
        coverCount = new int[n];
        List<List<Integer>> cr = new ArrayList<>();
        for (int c = 0; c < nCols; c++) cr.add(new ArrayList<>());
        for (int r = 0; r < n; r++) {
            long[] w = Arrays.copyOf(chart.get(r).toLongArray(), words);
            cover[r] = w;
            coverCount[r] = chart.get(r).cardinality();
            for (int c = chart.get(r).nextSetBit(0); c >= 0; c = chart.get(r).nextSetBit(c + 1)) cr.get(c).add(r);
        }
        colRows = new int[nCols][];
        for (int c = 0; c < nCols; c++) colRows[c] = cr.get(c).stream().mapToInt(Integer::intValue).toArray();
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
        Reduction red = reduce(chart, nCols);
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
            CoverSolver s = new CoverSolver(classChart, nCols, Integer.MAX_VALUE, nodeBudget);
            s.found = new ArrayList<>();
            s.expandMembers = new ArrayList<>(classes.values());
            s.expandLimit = maxModels;
            s.enumerate(s.full(), new boolean[classChart.size()], new int[classChart.size()], 0, Integer.MAX_VALUE, true);
            covers = s.found;
            limitHit = s.limitHit;
        } else {
            // every minimum cover maps onto a minimum cover of the reduced chart (replace each implicant by one
            // dominating it); so enumerate those, then expand each implicant into the ones it dominates
            List<BitSet> reducedChart = new ArrayList<>();
            for (int i : red.kept) reducedChart.add(chart.get(i));
            CoverSolver s = new CoverSolver(reducedChart, nCols, Integer.MAX_VALUE, nodeBudget);
            s.found = new ArrayList<>();
            List<List<Integer>> singletons = new ArrayList<>();
            for (int i = 0; i < red.kept.size(); i++) singletons.add(List.of(i));
            s.expandMembers = singletons;
            s.expandLimit = Integer.MAX_VALUE;
            s.enumerate(s.full(), new boolean[reducedChart.size()], new int[reducedChart.size()], 0, min.minimum(), false);
            java.util.LinkedHashSet<List<Integer>> all = new java.util.LinkedHashSet<>();
            limitHit = false;
            for (int[] rc : s.found) {
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
                    options[i] = red.dominated.get(rc[i]).stream().filter(p -> {
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
                                           BitSet covered, java.util.Set<List<Integer>> out, int limit) {
        BitSet reach = (BitSet) covered.clone();
        reach.or(suffix[i]);
        if (reach.cardinality() < nCols) return false; // even the dominating implicants could not finish the cover
        if (i == options.length) {
            if (covered.cardinality() < nCols) return false;
            List<Integer> c = new ArrayList<>();
            for (int p : pick) c.add(p);
            c.sort(null);
            if (new java.util.HashSet<>(c).size() == c.size()) out.add(c);
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

    /** Dominance reduction of a chart: the undominated implicants and, for each, the implicants it dominates. */
    private record Reduction(List<Integer> kept, List<List<Integer>> dominated) {}

    private static Reduction reduce(List<BitSet> chart, int nCols) {
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
        Map<BitSet, Integer> keptBySet = new java.util.HashMap<>();
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
        return new Reduction(kept, dominated);
    }

    /** Only the minimum: one minimal cover and whether its minimality is proven within the budget. */
    public static Result minimum(List<BitSet> chart, int nCols, long nodeBudget) {
        Reduction red = reduce(chart, nCols);
        return minimum(red, chart, nCols, nodeBudget);
    }

    private static Result minimum(Reduction red, List<BitSet> chart, int nCols, long nodeBudget) {
        List<BitSet> reduced = new ArrayList<>();
        for (int i : red.kept) reduced.add(chart.get(i));
        CoverSolver s = new CoverSolver(reduced, nCols, 1, nodeBudget);
        s.findMinimum();
        int[] orig = new int[s.bestCover.length];
        for (int i = 0; i < orig.length; i++) orig[i] = red.kept.get(s.bestCover[i]);
        Arrays.sort(orig);
        return new Result(s.best, List.of(orig), !s.budgetHit, !s.budgetHit, s.budgetHit ? Math.max(s.rootBound, 1) : s.best);
    }

    private long[] full() {
        long[] u = new long[words];
        for (int c = 0; c < nCols; c++) u[c >>> 6] |= 1L << c;
        return u;
    }

    private void findMinimum() {
        int[] greedy = greedy();
        best = greedy.length;
        bestCover = greedy;
        rootBound = -1;
        nodes = 0;
        budgetHit = false;
        minimise(full(), new boolean[cover.length], new int[cover.length], 0);
    }

    private int[] greedy() {
        long[] unc = full();
        List<Integer> chosen = new ArrayList<>();
        while (!isEmpty(unc)) {
            int bestR = -1, bestGain = -1;
            for (int r = 0; r < cover.length; r++) {
                int g = andCount(cover[r], unc);
                if (g > bestGain) {
                    bestGain = g;
                    bestR = r;
                }
            }
            chosen.add(bestR);
            andNot(unc, cover[bestR]);
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
        int col = pickColumn(uncovered, excluded);
        if (room == 1 && depth > 0) {
            // one more implicant: it must cover everything left
            for (int r : colRows[col]) {
                if (!excluded[r] && coversAll(cover[r], uncovered)) {
                    chosen[depth] = r;
                    best = depth + 1;
                    bestCover = Arrays.copyOf(chosen, depth + 1);
                    return;
                }
            }
            return;
        }
        int lb = lowerBound(uncovered, excluded);
        if (depth == 0) rootBound = lb;
        if (lb < 0 || depth + lb >= best) return;
        int[] options = admissibleSorted(col, excluded, uncovered);
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int r : options) {
            chosen[depth] = r;
            long[] next = uncovered.clone();
            andNot(next, cover[r]);
            minimise(next, excluded, chosen, depth + 1);
            if (budgetHit) break;
            excluded[r] = true;
            newlyExcluded.add(r);
            if (depth + 1 >= best) break;
        }
        for (int r : newlyExcluded) excluded[r] = false;
    }

    private void enumerate(long[] uncovered, boolean[] excluded, int[] chosen, int depth, int bound, boolean irredundantOnly) {
        if (limitHit) return;
        if (isEmpty(uncovered)) {
            if (!irredundantOnly || keepPrivate(chosen, depth)) expand(Arrays.copyOf(chosen, depth));
            return;
        }
        if (depth >= bound) return;
        if (irredundantOnly && !keepPrivate(chosen, depth)) return;
        int col = pickColumn(uncovered, excluded);
        if (depth == bound - 1) {
            // last implicant: it must cover everything left
            for (int r : colRows[col]) {
                if (excluded[r] || !coversAll(cover[r], uncovered)) continue;
                chosen[depth] = r;
                if (!irredundantOnly || keepPrivate(chosen, depth + 1)) expand(Arrays.copyOf(chosen, depth + 1));
                if (limitHit) return;
            }
            return;
        }
        int lb = lowerBound(uncovered, excluded);
        if (lb < 0 || depth + lb > bound) return;
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int r : colRows[col]) {
            if (excluded[r]) continue;
            chosen[depth] = r;
            long[] next = uncovered.clone();
            andNot(next, cover[r]);
            enumerate(next, excluded, chosen, depth + 1, bound, irredundantOnly);
            if (limitHit) break;
            excluded[r] = true;
            newlyExcluded.add(r);
        }
        for (int r : newlyExcluded) excluded[r] = false;
    }

    private List<List<Integer>> expandMembers;
    private int expandLimit;

    /** Adds every implicant combination of a cover of coverage classes, up to the limit. */
    private void expand(int[] classes) {
        int[] idx = new int[classes.length];
        while (true) {
            int[] c = new int[classes.length];
            for (int i = 0; i < classes.length; i++) c[i] = expandMembers.get(classes[i]).get(idx[i]);
            Arrays.sort(c);
            found.add(c);
            if (found.size() >= expandLimit) {
                limitHit = true;
                return;
            }
            int i = classes.length - 1;
            while (i >= 0) {
                if (++idx[i] < expandMembers.get(classes[i]).size()) break;
                idx[i] = 0;
                i--;
            }
            if (i < 0) return;
        }
    }

    /** Every chosen implicant keeps a configuration no other chosen implicant covers. */
    private boolean keepPrivate(int[] chosen, int depth) {
        for (int i = 0; i < depth; i++) {
            long[] own = cover[chosen[i]].clone();
            for (int j = 0; j < depth; j++) if (j != i) andNot(own, cover[chosen[j]]);
            if (isEmpty(own)) return false;
        }
        return true;
    }

    private int pickColumn(long[] uncovered, boolean[] excluded) {
        int bestC = -1, bestN = Integer.MAX_VALUE;
        for (int w = 0; w < words; w++) {
            long bits = uncovered[w];
            while (bits != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int n = 0;
                for (int r : colRows[c]) if (!excluded[r]) n++;
                if (n < bestN) {
                    bestN = n;
                    bestC = c;
                    if (n <= 1) return bestC;
                }
            }
        }
        return bestC;
    }

    private int[] admissibleSorted(int col, boolean[] excluded, long[] uncovered) {
        List<int[]> opts = new ArrayList<>();
        for (int r : colRows[col]) if (!excluded[r]) opts.add(new int[] {r, andCount(cover[r], uncovered)});
        opts.sort((a, b) -> Integer.compare(b[1], a[1]));
        return opts.stream().mapToInt(a -> a[0]).toArray();
    }

    /** Max of the packing bound and ceil(|U| / largest coverage); -1 when a configuration has no implicant left. */
    private int lowerBound(long[] uncovered, boolean[] excluded) {
        int count = 0;
        for (long w : uncovered) count += Long.bitCount(w);
        int[] cols = new int[count];
        int[] deg = new int[count];
        int i = 0, maxCover = 0;
        for (int w = 0; w < words; w++) {
            long bits = uncovered[w];
            while (bits != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int n = 0;
                for (int r : colRows[c]) {
                    if (excluded[r]) continue;
                    n++;
                    if (coverCount[r] > maxCover) maxCover = Math.max(maxCover, andCount(cover[r], uncovered));
                }
                if (n == 0) return -1;
                cols[i] = c;
                deg[i++] = n;
            }
        }
        int ratio = (count + maxCover - 1) / maxCover;
        Integer[] idx = new Integer[count];
        for (int j = 0; j < count; j++) idx[j] = j;
        Arrays.sort(idx, Comparator.comparingInt(j -> deg[j]));
        long[] blocked = new long[words];
        int lb = 0;
        for (int j : idx) {
            int c = cols[j];
            if ((blocked[c >>> 6] >>> c & 1) != 0) continue;
            lb++;
            for (int r : colRows[c]) if (!excluded[r]) or(blocked, cover[r]);
        }
        return Math.max(lb, ratio);
    }

    private static boolean coversAll(long[] c, long[] u) {
        for (int i = 0; i < u.length; i++) if ((u[i] & ~c[i]) != 0) return false;
        return true;
    }

    private static boolean isEmpty(long[] a) {
        for (long w : a) if (w != 0) return false;
        return true;
    }

    private static int andCount(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) n += Long.bitCount(a[i] & b[i]);
        return n;
    }

    private static void andNot(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) a[i] &= ~b[i];
    }

    private static void or(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) a[i] |= b[i];
    }
}
