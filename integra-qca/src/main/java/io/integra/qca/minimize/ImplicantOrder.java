package io.integra.qca.minimize;

import io.integra.qca.notation.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which R QCA lists prime implicants (C functions {@code sort_matrix} / {@code sort_cols}), so that
 * PI charts, models and their numbering M1, M2, ... come out as R prints them: by number of literals, then
 * column by column (the first condition most significant) with present literals before absent ones and lower
 * values (negated) before higher ones.
 *
 * <p>R's pass for one condition stably sorts values in decreasing order, then re-sorts ascending the prefix
 * of non-zero values; when every implicant has a literal on that condition the prefix stops one short of the
 * end, so the last implicant keeps its place. That quirk is reproduced here, which is why the input order
 * (R's discovery order) matters.
 */
public final class ImplicantOrder {
    private ImplicantOrder() {}

    public static List<Term> sort(List<Term> discovered) {
        List<Term> list = new ArrayList<>(discovered);
        int n = list.size();
        if (n == 0) return list;
        int k = list.get(0).size();
        for (int i = k - 1; i >= 0; i--) {
            final int col = i;
            list.sort(Comparator.comparingInt((Term t) -> t.code(col)).reversed());
            int zeroIdx = 0;
            boolean nonzero = true;
            while (zeroIdx < n && nonzero) {
                nonzero = list.get(zeroIdx).code(col) != 0;
                zeroIdx++;
            }
            zeroIdx--;
            List<Term> prefix = new ArrayList<>(list.subList(0, zeroIdx));
            prefix.sort(Comparator.comparingInt(t -> t.code(col)));
            for (int j = 0; j < zeroIdx; j++) list.set(j, prefix.get(j));
        }
        list.sort(Comparator.comparingInt(Term::literals));
        return list;
    }
}
