package io.integra.qca.minimize;

import io.integra.qca.notation.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Quine-McCluskey minimisation generalised to multi-value conditions (a group of implicants that differ in one
 * condition only and together hold every value of it merges into one without that condition), as R QCA's
 * C function {@code C_QMC} (McCluskey 1956, "Minimization of Boolean functions", <i>Bell System Technical
 * Journal</i> 35(6); Dusa 2010, "A mathematical approach to the Boolean minimization problem",
 * <i>Quality &amp; Quantity</i> 44). Used for the conservative solution (no remainders) and for the intermediate
 * solutions, where the on-set is small; it returns every prime implicant of the on-set, in R's order.
 */
public final class QuineMcCluskey {
    private QuineMcCluskey() {}

    /** @param onset configurations (0-based values) of the on-set; everything else is the off-set. */
    public static List<Term> primeImplicants(List<int[]> onset, int[] levels) {
        int k = levels.length;
        List<int[]> imps = new ArrayList<>();
        for (int[] row : onset) {
            int[] c = new int[k];
            for (int j = 0; j < k; j++) c[j] = row[j] + 1;
            imps.add(c);
        }
        boolean found = true;
        while (found && imps.size() > 1) {
            int n = imps.size();
            boolean[] minimized = new boolean[n];
            List<int[]> merged = new ArrayList<>();
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (int a = 0; a < n - 1; a++) {
                for (int b = a + 1; b < n; b++) {
                    int[] x = imps.get(a), y = imps.get(b);
                    int diffs = 0, which = -1;
                    boolean comparable = true;
                    for (int r = 0; r < k && diffs < 2 && comparable; r++) {
                        if (x[r] != y[r]) {
                            comparable = x[r] > 0 && y[r] > 0;
                            diffs++;
                            which = r;
                        }
                    }
                    if (diffs != 1 || !comparable) continue;
                    int[] temp = x.clone();
                    temp[which] = 0;
                    List<Integer> rows = new ArrayList<>(List.of(a, b));
                    for (int c = 0; c < n && rows.size() < levels[which]; c++) {
                        if (c == a || c == b) continue;
                        int[] z = imps.get(c);
                        boolean equal = true;
                        for (int r = 0; r < k && equal; r++) if (r != which) equal = temp[r] == z[r];
                        if (equal) rows.add(c); // as C_QMC: no check on z[which]
                    }
                    if (rows.size() == levels[which]) {
                        for (int i : rows) minimized[i] = true;
                        if (seen.add(Arrays.toString(temp))) merged.add(temp);
                    }
                }
            }
            found = !merged.isEmpty();
            List<int[]> next = new ArrayList<>(merged);
            for (int i = 0; i < n; i++) if (!minimized[i]) next.add(imps.get(i));
            imps = next;
        }
        List<Term> terms = new ArrayList<>();
        LinkedHashSet<Term> unique = new LinkedHashSet<>();
        for (int[] c : imps) unique.add(new Term(c));
        terms.addAll(unique);
        return ImplicantOrder.sort(terms);
    }
}
