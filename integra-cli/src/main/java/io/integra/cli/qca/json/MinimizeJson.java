package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.minimize.Solution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code qca minimize --format json}: the solutions shown, each model with its fit, the main (conservative or
 * parsimonious) solution's implicants and assumptions, and for an intermediate solution the parsimonious one, the
 * intermediate pairs and their groups. The optional parts ({@code details}, {@code cluster}, {@code plots}) are
 * left out when not asked for.
 */
public record MinimizeJson(
        String outcome,
        @JsonProperty("solution_type") String solutionType,
        List<List<String>> solutions,
        List<Model> models,
        boolean complete,
        String count,
        List<String> essential,
        List<String> primes,
        @JsonProperty("terms_fit") List<FitJson.Sufficiency> termsFit,
        @JsonProperty("simplifying_assumptions") Map<String, List<Long>> simplifyingAssumptions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<List<String>> parsimonious,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Intermediate> intermediate,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("intermediate_groups") List<Group> intermediateGroups,
        List<String> initials,
        @JsonInclude(JsonInclude.Include.NON_NULL) MinimizeDetailsJson details,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ClusterJson.OfModel> cluster,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> plots) {

    /** One model: its name (prefixed by the intermediate pair, e.g. C1P1-M1), terms, fit and arrow. */
    public record Model(String name, List<String> terms, @JsonProperty("inclS") Double inclS, @JsonProperty("PRI") Double pri,
                        @JsonProperty("covS") Double covS, String relation, @JsonProperty("terms_fit") List<FitJson.Sufficiency> termsFit) {}

    /** One intermediate solution (a pair of directional expectations), with its counterfactuals (rows). */
    public record Intermediate(String name, List<List<String>> solutions,
                               @JsonProperty("easy_counterfactuals") List<Long> easyCounterfactuals,
                               @JsonProperty("difficult_counterfactuals") List<Long> difficultCounterfactuals) {}

    /** Intermediate pairs that share their models. */
    public record Group(List<String> from, List<List<String>> solutions, String relation) {}

    /** The result without the optional parts; add them with {@link #withDetails}, {@link #withCluster}, {@link #withPlots}. */
    public static MinimizeJson of(Minimization m, List<Solution> shown, String type) {
        List<List<String>> solutions = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (Solution s : shown) {
            solutions.addAll(m.writtenModels(s));
            models.addAll(models(m, s));
        }
        String count = shown.size() == 1 ? shown.get(0).countMessage()
                : String.join("; ", shown.stream().map(s -> s.name() + ": " + s.countMessage()).toList());
        Solution main = m.solution();
        List<List<String>> parsimonious = null;
        List<Intermediate> inter = null;
        List<Group> groups = null;
        if (!m.intermediate().isEmpty()) {
            parsimonious = m.writtenModels(main);
            inter = m.intermediate().stream().map(s -> new Intermediate(s.name(), m.writtenModels(s),
                    s.simplifyingAssumptions().get("EC"), s.simplifyingAssumptions().get("DC"))).toList();
            groups = m.intermediateGroups().stream().map(g -> new Group(g.names(), m.writtenModels(g.solution()),
                    m.relation(g.solution(), 0))).toList();
        }
        return new MinimizeJson(m.truthTable().outcomeLabel(), type, solutions, models, shown.stream().allMatch(Solution::complete), count,
                main.essential().stream().map(m::write).toList(), main.primes().stream().map(m::write).toList(),
                FitJson.Sufficiency.of(main.overall()), main.simplifyingAssumptions(), parsimonious, inter, groups,
                m.initials().stream().map(m::write).toList(), null, null, null);
    }

    private static List<Model> models(Minimization m, Solution s) {
        List<Model> out = new ArrayList<>();
        boolean prefixed = !s.name().equals("conservative") && !s.name().equals("parsimonious");
        for (int i = 0; i < s.models().size(); i++) {
            ModelFit mf = s.modelFits().get(i);
            out.add(new Model(prefixed ? s.name() + "-" + mf.name() : mf.name(), mf.terms(), Numbers.orNull(mf.solution().inclS()),
                    Numbers.orNull(mf.solution().PRI()), Numbers.orNull(mf.solution().covS()), m.relation(s, i), FitJson.Sufficiency.of(mf.termFits())));
        }
        return out;
    }

    public MinimizeJson withDetails(MinimizeDetailsJson d) {
        return new MinimizeJson(outcome, solutionType, solutions, models, complete, count, essential, primes, termsFit, simplifyingAssumptions,
                parsimonious, intermediate, intermediateGroups, initials, d, cluster, plots);
    }

    public MinimizeJson withCluster(List<ClusterJson.OfModel> c) {
        return new MinimizeJson(outcome, solutionType, solutions, models, complete, count, essential, primes, termsFit, simplifyingAssumptions,
                parsimonious, intermediate, intermediateGroups, initials, details, c, plots);
    }

    public MinimizeJson withPlots(List<String> p) {
        return new MinimizeJson(outcome, solutionType, solutions, models, complete, count, essential, primes, termsFit, simplifyingAssumptions,
                parsimonious, intermediate, intermediateGroups, initials, details, cluster, p);
    }
}
