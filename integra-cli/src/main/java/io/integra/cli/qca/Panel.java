package io.integra.cli.qca;

import io.integra.cli.qca.json.ClusterJson;
import io.integra.qca.cluster.ClusterFit;
import io.integra.qca.fuzzy.FuzzySets;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.minimize.Solution;
import io.integra.qca.notation.Term;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Cluster diagnostics of the models on case-year data ({@code --years}): pooled consistency and coverage, the
 * values within each case and between cases in each year ({@link ClusterFit}; Garcia-Castro &amp; Ari&ntilde;o 2016).
 */
record Panel(List<String> clusters, List<String> years) {

    private List<Solution> distinct(Minimization m, List<Solution> shown) {
        if (m.intermediate().isEmpty()) return shown;
        return m.intermediateGroups().stream().map(Minimization.IntermediateGroup::solution).toList();
    }

    private ClusterFit fit(Minimization m, List<Term> model) {
        double[][] ms = model.stream().map(t -> Minimizer.membership(t, m.truthTable())).toArray(double[][]::new);
        return ClusterFit.of(FuzzySets.or(ms), m.truthTable().outcome(), clusters, years.isEmpty() ? null : years);
    }

    void print(PrintWriter out, Minimization m, List<Solution> shown) {
        out.println("Cluster diagnostics (pooled; within each cluster; between clusters in each year; Garcia-Castro & Arino 2016):");
        for (Solution s : distinct(m, shown)) {
            for (int i = 0; i < s.models().size() && i < 20; i++) {
                out.println();
                print(out, (m.intermediate().isEmpty() ? "" : s.name() + " ") + s.modelFits().get(i).name(), fit(m, s.models().get(i)));
            }
        }
        out.println();
    }

    /** One model's (or expression's) diagnostics as text. */
    static void print(PrintWriter out, String name, ClusterFit cf) {
        out.println(String.format("%s: pooled inclS %s, covS %s over %d units", name, Fmt.d3(cf.pooled().inclS()), Fmt.d3(cf.pooled().covS()), cf.pooled().units()));
        out.println(String.format("  %-30s %5s %6s %6s", "within cluster", "units", "inclS", "covS"));
        for (ClusterFit.Part p : cf.byCase()) out.println(String.format("  %-30s %5d %6s %6s", Fmt.cut(p.cluster(), 30), p.units(), Fmt.d3(p.inclS()), Fmt.d3(p.covS())));
        out.println("  distance of the cluster consistencies from the pooled one: " + Fmt.d3(cf.caseDistance()));
        if (!cf.byYear().isEmpty()) {
            out.println(String.format("  %-30s %5s %6s %6s", "between clusters, year", "units", "inclS", "covS"));
            for (ClusterFit.Part p : cf.byYear()) out.println(String.format("  %-30s %5d %6s %6s", p.cluster(), p.units(), Fmt.d3(p.inclS()), Fmt.d3(p.covS())));
            out.println("  distance of the year consistencies from the pooled one: " + Fmt.d3(cf.yearDistance()));
        }
    }

    List<ClusterJson.OfModel> json(Minimization m, List<Solution> shown) {
        List<ClusterJson.OfModel> out = new ArrayList<>();
        for (Solution s : distinct(m, shown)) {
            for (int i = 0; i < s.models().size(); i++) {
                out.add(new ClusterJson.OfModel(s.name(), s.modelFits().get(i).name(), ClusterJson.of(fit(m, s.models().get(i)))));
            }
        }
        return out;
    }
}
