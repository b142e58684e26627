package io.integra.qca.fuzzy;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of fit for set relations, with the formulas of R QCA's {@code pof()} (C_pof):
 * <ul>
 * <li>sufficiency consistency inclS = &Sigma;min(X,Y) / &Sigma;X (Ragin 2006, "Set relations in social research");</li>
 * <li>PRI = (&Sigma;min(X,Y) - &Sigma;min(X,Y,~Y)) / (&Sigma;X - &Sigma;min(X,Y,~Y)) (Ragin, fsQCA 2.0 manual);</li>
 * <li>coverage covS = &Sigma;min(X,Y) / &Sigma;Y; unique coverage of a term = covS minus the part of its
 *     intersection with Y also covered by another term of the same expression;</li>
 * <li>necessity consistency inclN = &Sigma;min(X,Y)/&Sigma;Y, coverage covN = &Sigma;min(X,Y)/&Sigma;X and relevance
 *     RoN = &Sigma;(1-X) / &Sigma;(1-min(X,Y)) (Schneider &amp; Wagemann 2012, <i>Set-Theoretic Methods</i>, 9.2).</li>
 * </ul>
 */
public final class Fit {
    private Fit() {}

    public static NecessityFit necessity(String term, double[] x, double[] y) {
        double sx = 0, sy = 0, smin = 0, sNegX = 0, sNegMin = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Math.min(x[i], y[i]);
            sx += x[i];
            sy += y[i];
            smin += m;
            sNegX += 1 - x[i];
            sNegMin += 1 - m;
        }
        return new NecessityFit(term, smin / sy, sNegX / sNegMin, smin / sx);
    }

    public static SufficiencyFit sufficiency(String term, double[] x, double[] y) {
        return sufficiency(term, x, y, Double.NaN);
    }

    static SufficiencyFit sufficiency(String term, double[] x, double[] y, double covU) {
        double sx = 0, sy = 0, smin = 0, sPri = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Math.min(x[i], y[i]);
            sx += x[i];
            sy += y[i];
            smin += m;
            sPri += Math.min(m, 1 - y[i]);
        }
        return new SufficiencyFit(term, smin / sx, (smin - sPri) / (sx - sPri), smin / sy, covU);
    }

    /**
     * Fit of each term of a disjunction, with unique coverage relative to the other terms, as
     * {@code pof()} reports for a solution: covU_i = (&Sigma;min(X_i,Y) - &Sigma;min(X_i,Y,max_{j&ne;i} min(X_j,Y))) / &Sigma;Y.
     */
    public static List<SufficiencyFit> sufficiencyTerms(List<String> names, List<double[]> terms, double[] y) {
        int n = y.length, k = terms.size();
        double sy = 0;
        for (double v : y) sy += v;
        double[][] pmin = new double[k][n];
        for (int t = 0; t < k; t++) for (int i = 0; i < n; i++) pmin[t][i] = Math.min(terms.get(t)[i], y[i]);
        List<SufficiencyFit> out = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            double others = 0;
            for (int i = 0; i < n; i++) {
                double maxOther = 0;
                for (int u = 0; u < k; u++) if (u != t) maxOther = Math.max(maxOther, pmin[u][i]);
                others += Math.min(pmin[t][i], maxOther);
            }
            SufficiencyFit f = sufficiency(names.get(t), terms.get(t), y);
            out.add(new SufficiencyFit(f.term(), f.inclS(), f.PRI(), f.covS(), f.covS() - others / sy));
        }
        return out;
    }
}
