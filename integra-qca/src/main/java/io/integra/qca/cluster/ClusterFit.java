package io.integra.qca.cluster;

import io.integra.qca.QcaException;
import io.integra.qca.fuzzy.Fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consistency and coverage of a sufficiency relation X &rarr; Y on pooled panel data (units = case-years),
 * broken down by cluster, after Garcia-Castro &amp; Ari&ntilde;o (2016, "A general approach to panel data
 * set-theoretic research", J. of Advances in Management Sciences &amp; Information Systems 2) and the
 * {@code cluster()} diagnostics of the R package SetMethods: the pooled values over all units, the values
 * within each case (across its years) and between cases in each year (across cases).
 *
 * <p>A pooled consistency that hides very different cluster consistencies is a warning sign: the solution
 * may hold in some cases (or years) and fail in others. The spread is summarised by a distance
 * {@code sqrt(mean_k (incl_k / incl_pooled - 1)^2)} (root mean square of the relative deviations of the
 * cluster consistencies from the pooled one; clusters where X is empty are left out of the mean).
 *
 * @param pooled  fit over all units
 * @param byCase  fit within each case (cluster column), in order of first appearance
 * @param byYear  fit between cases for each year, in year order (empty when no year column is given)
 * @param caseDistance distance of the per-case consistencies from the pooled one
 * @param yearDistance distance of the per-year consistencies from the pooled one (NaN without years)
 */
public record ClusterFit(Part pooled, List<Part> byCase, List<Part> byYear, double caseDistance, double yearDistance) {
    public ClusterFit {
        byCase = List.copyOf(byCase);
        byYear = List.copyOf(byYear);
    }

    /** Consistency ({@code inclS}) and coverage ({@code covS}) of X &rarr; Y over the units of one cluster. */
    public record Part(String cluster, int units, double inclS, double covS) {}

    /**
     * @param x     membership of each unit in the solution (or any term)
     * @param y     membership of each unit in the outcome
     * @param cases the cluster (case) of each unit
     * @param years the year of each unit, or null
     */
    public static ClusterFit of(double[] x, double[] y, List<String> cases, List<String> years) {
        if (x.length != y.length || cases.size() != x.length || (years != null && years.size() != x.length)) {
            throw new QcaException("cluster diagnostics: x, y, cases and years must have one value per unit");
        }
        Part pooled = part("pooled", x, y, all(x.length));
        List<Part> byCase = parts(x, y, cases);
        List<Part> byYear = years == null ? List.of() : sorted(parts(x, y, years));
        return new ClusterFit(pooled, byCase, byYear, distance(byCase, pooled), years == null ? Double.NaN : distance(byYear, pooled));
    }

    private static List<Part> parts(double[] x, double[] y, List<String> labels) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) groups.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        List<Part> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) out.add(part(g.getKey(), x, y, g.getValue()));
        return out;
    }

    private static List<Part> sorted(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        out.sort(java.util.Comparator.comparing(Part::cluster));
        return out;
    }

    private static Part part(String name, double[] x, double[] y, List<Integer> idx) {
        double[] xs = new double[idx.size()], ys = new double[idx.size()];
        for (int i = 0; i < idx.size(); i++) {
            xs[i] = x[idx.get(i)];
            ys[i] = y[idx.get(i)];
        }
        var f = Fit.sufficiency(name, xs, ys);
        return new Part(name, idx.size(), f.inclS(), f.covS());
    }

    private static double distance(List<Part> parts, Part pooled) {
        double s = 0;
        int n = 0;
        for (Part p : parts) {
            if (Double.isNaN(p.inclS()) || Double.isNaN(pooled.inclS()) || pooled.inclS() == 0) continue;
            double d = p.inclS() / pooled.inclS() - 1;
            s += d * d;
            n++;
        }
        return n == 0 ? Double.NaN : Math.sqrt(s / n);
    }

    private static List<Integer> all(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(i);
        return out;
    }
}
