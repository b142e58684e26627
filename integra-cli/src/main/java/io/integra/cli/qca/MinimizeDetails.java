package io.integra.cli.qca;

import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Solution;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --details} part of {@code qca minimize --format json}: what {@link MinimizePrinter} prints with --details. */
final class MinimizeDetails {
    private MinimizeDetails() {}

    static Map<String, Object> json(Minimization m) {
        TruthTable tt = m.truthTable();
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long no : tt.printOrder()) {
            TruthTableRow r = tt.row(no);
            if (!r.observed()) continue;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("row", r.number());
            for (int c = 0; c < tt.conditions().size(); c++) x.put(tt.conditions().get(c), r.value(c));
            x.put("OUT", r.out());
            x.put("n", r.n());
            x.put("incl", Fmt.json(r.incl()));
            x.put("PRI", Fmt.json(r.pri()));
            x.put("cases", r.cases());
            rows.add(x);
        }
        root.put("truth_table", rows);
        root.put("main", solution(m, m.solution()));
        List<Map<String, Object>> inter = new ArrayList<>();
        for (Minimization.IntermediateGroup g : m.intermediateGroups()) {
            Map<String, Object> x = solution(m, g.solution());
            x.put("from", g.names());
            x.put("easy_counterfactuals", rowsWithValues(tt, g.solution().simplifyingAssumptions().getOrDefault("EC", List.of())));
            x.put("difficult_counterfactuals", rowsWithValues(tt, g.solution().simplifyingAssumptions().getOrDefault("DC", List.of())));
            // the pairs of a group share their models, not always their counterfactuals
            Map<String, Object> pairs = new LinkedHashMap<>();
            for (Solution pair : m.intermediate()) {
                if (!g.names().contains(pair.name())) continue;
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("easy", rowsWithValues(tt, pair.simplifyingAssumptions().getOrDefault("EC", List.of())));
                c.put("difficult", rowsWithValues(tt, pair.simplifyingAssumptions().getOrDefault("DC", List.of())));
                pairs.put(pair.name(), c);
            }
            x.put("counterfactuals", pairs);
            inter.add(x);
        }
        if (!inter.isEmpty()) root.put("intermediate", inter);
        return root;
    }

    private static Map<String, Object> solution(Minimization m, Solution s) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", s.name());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("rows", s.chartRows().stream().map(m::write).toList());
        chart.put("cols", s.chartColumns());
        List<List<Integer>> cells = new ArrayList<>();
        for (boolean[] r : s.chart()) {
            List<Integer> c = new ArrayList<>();
            for (boolean b : r) c.add(b ? 1 : 0);
            cells.add(c);
        }
        chart.put("cells", cells);
        x.put("pi_chart", chart);
        x.put("essential", s.essential().stream().map(m::write).toList());
        x.put("cases", s.termCases());
        if (!m.isIntermediate(s)) {
            Map<String, Object> sa = new LinkedHashMap<>();
            for (var e : s.simplifyingAssumptions().entrySet()) sa.put(e.getKey(), rowsWithValues(m.truthTable(), e.getValue()));
            x.put("simplifying_assumptions", sa);
        }
        return x;
    }

    private static List<Map<String, Object>> rowsWithValues(TruthTable tt, List<Long> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (long r : rows) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("row", r);
            int[] v = tt.rowValues(r);
            for (int c = 0; c < v.length; c++) x.put(tt.conditions().get(c), v[c]);
            out.add(x);
        }
        return out;
    }
}
