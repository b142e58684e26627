package io.integra.qca.minimize;

import io.integra.qca.QcaException;
import io.integra.qca.notation.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * All prime implicants of a partially defined function that cover at least one positive configuration, with
 * every unobserved configuration (remainder) free to be used: the parsimonious search of QCA (the problem
 * solved by Dusa &amp; Thiem's "Consistency Cubes", Dusa 2018, <i>R Journal</i> 10(2): 357-370, and by eQMC,
 * Dusa &amp; Thiem 2015, <i>J. Math. Sociology</i> 39(2)).
 *
 * <p>Instead of CCubes' level-wise scan of all column combinations, each prime implicant is found as a
 * minimal transversal: a term built from positive configuration p (literals = p's values on a set S of
 * conditions) excludes negative configuration q exactly when S meets D(p,q), the set of conditions where p and
 * q differ. So the implicants through p are the hitting sets of {D(p,q)}, and the prime ones are the minimal
 * hitting sets. These are enumerated with the MMCS algorithm (Murakami &amp; Uno 2014, "Efficient algorithms for
 * dualizing large-scale hypergraphs", <i>Discrete Applied Mathematics</i> 170: 83-94), with conditions as bits
 * of a {@code long} (at most 63 conditions; multi-value conditions work unchanged since a literal fixes one
 * value). The union over positive configurations is exactly the set CCubes searches for, found without
 * visiting column combinations that hold no implicant; the search is exact (no depth cut-off).
 */
public final class PrimeImplicantSearch {
    private PrimeImplicantSearch() {}

    /**
     * @param positives configurations to explain (0-based values)
     * @param negatives configurations that no implicant may cover
     * @return the prime implicants covering at least one positive configuration, in CCubes discovery order
     *         (number of literals, then combination of conditions, then first positive configuration covered)
     */
    public static List<Term> find(int[][] positives, int[][] negatives, int conditions) {
        return find(positives, negatives, conditions, DEFAULT_LIMIT);
    }

    /** Default cap on the implicants found per search (before duplicates are merged), to fail cleanly, not run out of memory. */
    public static final long DEFAULT_LIMIT = 20_000_000L;

    /**
     * As {@link #find(int[][], int[][], int)}, refusing with a {@link QcaException} that states the count reached
     * when the minimal transversals found exceed {@code limit}.
     */
    public static List<Term> find(int[][] positives, int[][] negatives, int conditions, long limit) {
        if (conditions > 63) throw new QcaException("at most 63 conditions can be minimised");
        long all = conditions == 64 ? -1L : (1L << conditions) - 1;
        // each positive configuration is searched independently (in parallel); the results are merged in the
        // order of the positive configurations, so the first configuration covering an implicant comes first
        java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
        List<long[]> perRow = java.util.stream.IntStream.range(0, positives.length).parallel().mapToObj(i -> {
            if (total.get() > limit) return new long[0];
            long[] edges = differenceSets(positives[i], negatives, conditions);
            List<Long> transversals = new ArrayList<>();
            new Mmcs(edges, transversals).run(all);
            total.addAndGet(transversals.size());
            return transversals.stream().mapToLong(Long::longValue).toArray();
        }).toList();
        if (total.get() > limit) {
            throw new QcaException("too many prime implicants: more than " + limit + " (counted with repetitions over "
                    + positives.length + " positive configurations); the problem is too large to minimise exactly");
        }
        Set<Term> found = new LinkedHashSet<>();
        for (int i = 0; i < positives.length; i++) {
            int[] p = positives[i];
            for (long s : perRow.get(i)) {
                int[] code = new int[conditions];
                for (int c = 0; c < conditions; c++) if ((s >>> c & 1) != 0) code[c] = p[c] + 1;
                found.add(new Term(code));
            }
        }
        List<Term> out = new ArrayList<>(found);
        out.sort(discoveryOrder()); // stable: ties keep the order of the first positive configuration covered
        return out;
    }

    /** Distinct, inclusion-minimal difference sets D(p,q) as bit masks. */
    static long[] differenceSets(int[] p, int[][] negatives, int conditions) {
        Set<Long> set = new HashSet<>();
        for (int[] q : negatives) {
            long d = 0;
            for (int c = 0; c < conditions; c++) if (p[c] != q[c]) d |= 1L << c;
            set.add(d);
        }
        long[] e = set.stream().mapToLong(Long::longValue).toArray();
        // keep only minimal sets: a superset of another edge is hit whenever the smaller one is
        Long[] boxed = Arrays.stream(e).boxed().sorted(Comparator.comparingInt(Long::bitCount)).toArray(Long[]::new);
        List<Long> minimal = new ArrayList<>();
        if (boxed.length <= 600) {
            for (long a : boxed) {
                boolean sup = false;
                for (long b : minimal) {
                    if ((a & b) == b) {
                        sup = true;
                        break;
                    }
                }
                if (!sup) minimal.add(a);
            }
            return minimal.stream().mapToLong(Long::longValue).toArray();
        }
        return Arrays.stream(boxed).mapToLong(Long::longValue).toArray();
    }

    /**
     * The order in which CCubes meets the implicants (number of literals, then combination of conditions; ties
     * keep the order of the first positive configuration covered). Only used to break R's sorting ties alike.
     */
    static Comparator<Term> discoveryOrder() {
        return (a, b) -> {
            int la = a.literals(), lb = b.literals();
            if (la != lb) return Integer.compare(la, lb);
            int n = a.size();
            int ia = 0, ib = 0;
            while (true) {
                while (ia < n && a.code(ia) == 0) ia++;
                while (ib < n && b.code(ib) == 0) ib++;
                if (ia >= n || ib >= n) return 0;
                if (ia != ib) return Integer.compare(ia, ib);
                ia++;
                ib++;
            }
        };
    }

    /** Minimal hitting sets by MMCS (Murakami &amp; Uno 2014). */
    static final class Mmcs {
        private final long[] edges;
        private final List<Long> out;

        Mmcs(long[] edges, List<Long> out) {
            this.edges = edges;
            this.out = out;
        }

        void run(long all) {
            if (edges.length == 0) {
                out.add(0L);
                return;
            }
            int[] uncov = new int[edges.length];
            for (int i = 0; i < uncov.length; i++) uncov[i] = i;
            search(0L, all, uncov, uncov.length);
        }

        private void search(long s, long cand, int[] uncov, int nUncov) {
            if (nUncov == 0) {
                out.add(s);
                return;
            }
            // choose the uncovered edge with fewest candidates
            int best = -1, bestCount = Integer.MAX_VALUE;
            for (int i = 0; i < nUncov; i++) {
                int cnt = Long.bitCount(edges[uncov[i]] & cand);
                if (cnt < bestCount) {
                    bestCount = cnt;
                    best = uncov[i];
                    if (cnt == 0) return;
                }
            }
            long c = edges[best] & cand;
            cand &= ~c;
            while (c != 0) {
                long vbit = Long.lowestOneBit(c);
                c &= ~vbit;
                long s2 = s | vbit;
                if (everyMemberCritical(s2)) {
                    int[] next = new int[nUncov];
                    int m = 0;
                    for (int i = 0; i < nUncov; i++) if ((edges[uncov[i]] & vbit) == 0) next[m++] = uncov[i];
                    search(s2, cand, next, m);
                }
                cand |= vbit;
            }
        }

        /** Minimality: every member of s must be the only member of s in some edge. */
        private boolean everyMemberCritical(long s) {
            long crit = 0;
            for (long e : edges) {
                long h = e & s;
                if (h != 0 && (h & (h - 1)) == 0) crit |= h;
            }
            return crit == s;
        }
    }
}
