package io.integra.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A prime implicant chart packed into bit words for the cover searches ({@link MinimumCover},
 * {@link CoverEnumeration}): for each implicant (row) the configurations (columns) it covers, and for each
 * configuration the implicants covering it. Holds the branching rule and the lower bound both searches share.
 *
 * <p>Branching on the uncovered configuration with fewest admissible implicants is the usual choice of exact
 * covering solvers (Coudert 1994, "Two-level logic minimization: an overview", <i>Integration</i> 17(2), sec. 4).
 * The lower bound is the larger of two: a greedily built set of uncovered configurations no two of which share
 * an admissible implicant (an independent set of columns: each needs its own implicant; Coudert 1994, sec. 4.2),
 * and the number of uncovered configurations divided by the largest number any admissible implicant covers.
 */
final class BitChart {
    final int nCols;
    final int words;
    final long[][] cover;   // implicant -> configurations covered
    final int[] coverCount;
    final int[][] colRows;  // configuration -> implicants covering it

    BitChart(List<BitSet> chart, int nCols) {
        this.nCols = nCols;
        this.words = (nCols + 63) >>> 6;
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

    /** Number of implicants (rows). */
    int rows() {
        return cover.length;
    }

    /** Every configuration, as the initial "uncovered" set. */
    long[] full() {
        long[] u = new long[words];
        for (int c = 0; c < nCols; c++) u[c >>> 6] |= 1L << c;
        return u;
    }

    /** The uncovered configuration with fewest admissible implicants (first such one). */
    int pickColumn(long[] uncovered, boolean[] excluded) {
        int bestC = -1, bestN = Integer.MAX_VALUE;
        for (int c : columns(uncovered)) {
            int n = admissible(c, excluded);
            if (n < bestN) {
                bestN = n;
                bestC = c;
                if (n <= 1) return bestC;
            }
        }
        return bestC;
    }

    /** The uncovered configurations (the set bits of {@code uncovered}), in ascending order. */
    private int[] columns(long[] uncovered) {
        int count = 0;
        for (long w : uncovered) count += Long.bitCount(w);
        int[] cols = new int[count];
        int i = 0;
        for (int w = 0; w < words; w++) {
            for (long bits = uncovered[w]; bits != 0; bits &= bits - 1) cols[i++] = (w << 6) + Long.numberOfTrailingZeros(bits);
        }
        return cols;
    }

    /** How many admissible (not excluded) implicants cover configuration {@code col}. */
    private int admissible(int col, boolean[] excluded) {
        int n = 0;
        for (int r : colRows[col]) if (!excluded[r]) n++;
        return n;
    }

    /** The admissible implicants covering a configuration, those covering most of what is left first. */
    int[] admissibleSorted(int col, boolean[] excluded, long[] uncovered) {
        List<int[]> opts = new ArrayList<>();
        for (int r : colRows[col]) if (!excluded[r]) opts.add(new int[] {r, andCount(cover[r], uncovered)});
        opts.sort((a, b) -> Integer.compare(b[1], a[1]));
        return opts.stream().mapToInt(a -> a[0]).toArray();
    }

    /** Max of the packing bound and ceil(|U| / largest coverage); -1 when a configuration has no implicant left. */
    int lowerBound(long[] uncovered, boolean[] excluded) {
        int[] cols = columns(uncovered);
        int count = cols.length;
        int[] deg = new int[count];
        int maxCover = 0;
        for (int i = 0; i < count; i++) {
            int c = cols[i];
            int n = admissible(c, excluded);
            if (n == 0) return -1;
            for (int r : colRows[c]) {
                if (!excluded[r] && coverCount[r] > maxCover) maxCover = Math.max(maxCover, andCount(cover[r], uncovered));
            }
            deg[i] = n;
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

    static boolean coversAll(long[] c, long[] u) {
        for (int i = 0; i < u.length; i++) if ((u[i] & ~c[i]) != 0) return false;
        return true;
    }

    static boolean isEmpty(long[] a) {
        for (long w : a) if (w != 0) return false;
        return true;
    }

    static int andCount(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) n += Long.bitCount(a[i] & b[i]);
        return n;
    }

    static void andNot(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) a[i] &= ~b[i];
    }

    static void or(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) a[i] |= b[i];
    }
}
