package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Solution;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code details} of {@code qca minimize --details --format json}, what R's {@code details = TRUE} shows: the
 * observed truth-table rows, the main solution's PI chart, essential implicants, cases per term and simplifying
 * assumptions, and per intermediate group its counterfactuals (easy and difficult, per pair of expectations).
 */
public record MinimizeDetailsJson(@JsonProperty("truth_table") List<TruthTableJson.Row> truthTable, SolutionDetails main,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<IntermediateDetails> intermediate) {

    /** A solution's chart and implicants; {@code simplifying_assumptions} only for a non-intermediate solution. */
    public record SolutionDetails(String name, @JsonProperty("pi_chart") PiChart piChart, List<String> essential, Map<String, String> cases,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("simplifying_assumptions")
                                  Map<String, List<RowValuesJson>> simplifyingAssumptions) {}

    /** The prime implicant chart: implicants (rows) by truth-table rows (columns), 1 where an implicant covers a row. */
    public record PiChart(List<String> rows, List<Long> cols, List<List<Integer>> cells) {}

    /** An intermediate group: its solution's details, the pairs it stands for and their counterfactuals. */
    public record IntermediateDetails(@JsonUnwrapped SolutionDetails solution, List<String> from,
                                      @JsonProperty("easy_counterfactuals") List<RowValuesJson> easyCounterfactuals,
                                      @JsonProperty("difficult_counterfactuals") List<RowValuesJson> difficultCounterfactuals,
                                      Map<String, Counterfactuals> counterfactuals) {}

    /** The counterfactuals of one pair of expectations (the pairs of a group share their models, not always these). */
    public record Counterfactuals(List<RowValuesJson> easy, List<RowValuesJson> difficult) {}

    public static MinimizeDetailsJson of(Minimization m) {
        TruthTable tt = m.truthTable();
        List<TruthTableJson.Row> rows = new ArrayList<>();
        for (long no : tt.printOrder()) {
            TruthTableRow r = tt.row(no);
            if (r.observed()) rows.add(TruthTableJson.Row.of(tt, r));
        }
        List<IntermediateDetails> inter = new ArrayList<>();
        for (Minimization.IntermediateGroup g : m.intermediateGroups()) {
            Map<String, Counterfactuals> pairs = new LinkedHashMap<>();
            for (Solution pair : m.intermediate()) {
                if (g.names().contains(pair.name())) pairs.put(pair.name(), new Counterfactuals(assumed(tt, pair, "EC"), assumed(tt, pair, "DC")));
            }
            inter.add(new IntermediateDetails(solution(m, g.solution()), g.names(), assumed(tt, g.solution(), "EC"), assumed(tt, g.solution(), "DC"), pairs));
        }
        return new MinimizeDetailsJson(rows, solution(m, m.solution()), inter.isEmpty() ? null : inter);
    }

    private static List<RowValuesJson> assumed(TruthTable tt, Solution s, String kind) {
        return RowValuesJson.of(tt, s.simplifyingAssumptions().getOrDefault(kind, List.of()));
    }

    private static SolutionDetails solution(Minimization m, Solution s) {
        List<List<Integer>> cells = new ArrayList<>();
        for (boolean[] r : s.chart()) {
            List<Integer> c = new ArrayList<>();
            for (boolean b : r) c.add(b ? 1 : 0);
            cells.add(c);
        }
        PiChart chart = new PiChart(s.chartRows().stream().map(m::write).toList(), s.chartColumns(), cells);
        Map<String, List<RowValuesJson>> sa = null;
        if (!m.isIntermediate(s)) {
            sa = new LinkedHashMap<>();
            for (var e : s.simplifyingAssumptions().entrySet()) sa.put(e.getKey(), RowValuesJson.of(m.truthTable(), e.getValue()));
        }
        return new SolutionDetails(s.name(), chart, s.essential().stream().map(m::write).toList(), s.termCases(), sa);
    }
}
