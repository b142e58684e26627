package io.integra.cli.qca;

import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.minimize.Solution;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text output of {@code qca minimize}, laid out as R QCA 3.25 prints a {@code minimize()} result at width 80:
 * the models with the arrow of {@link io.integra.qca.minimize.Relation} ({@code ->}, or {@code <->} when the
 * solution's coverage is 1), intermediate solutions with identical models printed once ("From C1P1, C1P2:"),
 * and, with {@code --details}, R's table of fit with the {@code cases} column ({@code details = TRUE}), followed
 * by what R keeps in the result object: the truth table rows with their numbers and cases, the PI chart, the
 * essential implicants, the simplifying assumptions and the easy and difficult counterfactuals.
 */
record MinimizePrinter(PrintWriter out, Minimization m, boolean details) {
    private static final int WIDTH = 80;

    void print() {
        if (m.intermediate().isEmpty()) {
            Solution s = m.solution();
            out.println();
            solution(s, "");
            if (details) extras(s, null);
        } else {
            List<Minimization.IntermediateGroup> groups = m.intermediateGroups();
            for (Minimization.IntermediateGroup g : groups) {
                Solution s = g.solution();
                out.println();
                out.println("From " + String.join(", ", g.names()) + ": ");
                out.println();
                solution(s, "pad");
            }
            if (details) {
                for (Minimization.IntermediateGroup g : groups) extras(g.solution(), g.names());
            }
        }
    }

    /** A solution: its models, how many there are when not all are shown, and its parameters of fit. */
    private void solution(Solution s, String pad) {
        models(s, pad);
        if (!s.complete()) out.println("(" + s.countMessage() + ")");
        if (details) fitTable(s);
        else {
            out.println();
            compactFit(s);
        }
    }

    /** Model lines: essential implicants first, the others in parentheses (R's layout), then the arrow. */
    private void models(Solution s, String pad) {
        Set<Term> ess = new LinkedHashSet<>(s.essential());
        int n = s.models().size();
        int digits = String.valueOf(n).length();
        for (int i = 0; i < n; i++) {
            List<String> e = new ArrayList<>(), rest = new ArrayList<>();
            for (Term t : s.models().get(i)) (ess.contains(t) ? e : rest).add(m.write(t));
            List<String> pieces = new ArrayList<>();
            if (n == 1 || e.isEmpty()) {
                for (Term t : s.models().get(i)) pieces.add(m.write(t));
            } else {
                // R: essential implicants, then the others in one pair of parentheses
                pieces.addAll(e);
                for (int k = 0; k < rest.size(); k++) {
                    pieces.add((k == 0 ? "(" : "") + rest.get(k) + (k == rest.size() - 1 ? ")" : ""));
                }
            }
            String label = "M" + String.format(Locale.ROOT, "%0" + digits + "d", i + 1) + ":";
            String preamble = pad.isEmpty() ? label + " " : String.format("%-7s", label);
            List<String> lines = prettyString(pieces, WIDTH - preamble.length(), m.relation(s, i), outcome());
            for (int k = 0; k < lines.size(); k++) out.println((k == 0 ? preamble : sp(preamble.length())) + lines.get(k));
        }
    }

    /** The outcome as the user wrote it (R prints {@code SURV[1]}, {@code ~SURV}). */
    private String outcome() {
        return m.truthTable().options().outcome().replaceAll("\\s+", "");
    }

    /**
     * admisc's {@code prettyString} for a model: implicants joined by " + ", a new line (indented by the caller)
     * before the implicant that brings the line to the width, the arrow and the outcome after the last one.
     */
    static List<String> prettyString(List<String> pieces, int width, String arrow, String outcome) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(pieces.get(0));
        int start = 0;
        for (int j = 1; j < pieces.size(); j++) {
            if (String.join(" + ", pieces.subList(start, j + 1)).length() >= width) {
                lines.add(line + " +");
                line = new StringBuilder(pieces.get(j));
                start = j;
            } else {
                line.append(" + ").append(pieces.get(j));
            }
        }
        lines.add(line + " " + arrow + " " + outcome);
        return lines;
    }

    /** The fit table without details: every model's terms with inclS, PRI, covS, covU (Integra's compact form). */
    private void compactFit(Solution s) {
        int shownModels = Math.min(s.modelFits().size(), 20);
        for (int i = 0; i < shownModels; i++) {
            ModelFit mf = s.modelFits().get(i);
            if (s.modelFits().size() > 1) out.println(mf.name() + ":");
            out.println(String.format("%-46s %6s %6s %6s %6s", "", "inclS", "PRI", "covS", "covU"));
            for (SufficiencyFit f : mf.termFits()) {
                out.println(String.format("%-46s %6s %6s %6s %6s", Fmt.cut(f.term(), 46), Fmt.d3(f.inclS()), Fmt.d3(f.PRI()), Fmt.d3(f.covS()), Fmt.d3(f.covU())));
            }
            out.println(String.format("%-46s %6s %6s %6s", mf.name(), Fmt.d3(mf.solution().inclS()), Fmt.d3(mf.solution().PRI()), Fmt.d3(mf.solution().covS())));
            out.println();
        }
        if (s.modelFits().size() > shownModels) out.println("(fit shown for the first " + shownModels + " of " + s.countMessage() + "; use --format json for all)");
    }

    // ---------------------------------------------------------------- R's details = TRUE table

    private static String num(double v) {
        return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String lpad(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }

    private static String sp(int n) {
        return " ".repeat(Math.max(0, n));
    }

    private static String dash(int n) {
        return "-".repeat(Math.max(0, n));
    }

    /** The table R prints with {@code details = TRUE}: one model (terms, covU within it) or several (all implicants, covU per model). */
    void fitTable(Solution s) {
        if (s.modelFits().size() == 1) singleModel(s);
        else multiModel(s);
    }

    private void singleModel(Solution s) {
        ModelFit mf = s.modelFits().get(0);
        List<SufficiencyFit> rows = mf.termFits();
        List<String> names = rows.stream().map(SufficiencyFit::term).toList();
        List<String> cases = names.stream().map(t -> s.termCases().getOrDefault(t, "")).toList();
        int nr = Math.max(2, names.stream().mapToInt(String::length).max().orElse(2));
        int nn = String.valueOf(rows.size()).length();
        int maxCases = Math.max(5, cases.stream().mapToInt(String::length).max().orElse(0));
        String[] cols = {"inclS", " PRI ", "covS ", "covU "};
        List<String[]> vals = new ArrayList<>();
        for (SufficiencyFit f : rows) vals.add(new String[] {num(f.inclS()), num(f.PRI()), num(f.covS()), num(rows.size() == 1 ? Double.NaN : f.covU())});
        SufficiencyFit sol = mf.solution();
        String solRow = sp(nn) + "  " + lpad("M1", nr) + "  " + String.join("  ", num(sol.inclS()), num(sol.PRI()), num(sol.covS())) + " ";
        boolean inline = nr + 7 * cols.length + maxCases + nn < WIDTH;
        out.println();
        if (inline) {
            out.println(sp(nr + nn + 2) + "  " + String.join("  ", cols) + "  cases ");
            String sep = dash(nr + 7 * cols.length + maxCases + 2 + nn + 2) + " ";
            out.println(sep);
            for (int i = 0; i < rows.size(); i++) {
                out.println(lpad(String.valueOf(i + 1), nn) + "  " + lpad(names.get(i), nr) + "  " + String.join("  ", vals.get(i)) + "  " + cases.get(i) + " ");
            }
            out.println(sep);
            out.println(solRow);
            out.println();
        } else {
            out.println(sp(nr + nn + 2) + "  " + String.join("  ", cols) + " ");
            String sep = dash(nr + 7 * cols.length + nn + 2) + " ";
            out.println(sep);
            for (int i = 0; i < rows.size(); i++) {
                out.println(lpad(String.valueOf(i + 1), nn) + "  " + lpad(names.get(i), nr) + "  " + String.join("  ", vals.get(i)) + " ");
            }
            out.println(sep);
            out.println(solRow);
            casesTable(names, cases, List.of(), nr, nn, WIDTH - nr - nn - 4, nr + nn + 4);
        }
    }

    private void multiModel(Solution s) {
        List<SufficiencyFit> overall = s.overall();
        Set<String> ess = new LinkedHashSet<>(s.essential().stream().map(m::write).toList());
        List<SufficiencyFit> e = new ArrayList<>(), rest = new ArrayList<>();
        for (SufficiencyFit f : overall) (ess.contains(f.term()) ? e : rest).add(f);
        List<String> all = new ArrayList<>();
        e.forEach(f -> all.add(f.term()));
        rest.forEach(f -> all.add(f.term()));
        int nr = Math.max(2, all.stream().mapToInt(String::length).max().orElse(2));
        int nn = String.valueOf(all.size()).length();
        int models = s.modelFits().size();
        List<String> cols = new ArrayList<>(List.of("inclS", " PRI ", "covS ", "covU "));
        for (int i = 0; i < models; i++) cols.add(String.format("%-5s", "(M" + (i + 1) + ")"));
        List<String> caseList = all.stream().map(t -> s.termCases().getOrDefault(t, "")).toList();
        int maxCases = Math.max(5, caseList.stream().mapToInt(String::length).max().orElse(0));
        boolean inline = nr + 7 * cols.size() + maxCases + nn < WIDTH;
        String first = sp(nr + nn + 25) + dash(7 * (cols.size() - 3) - 2) + " ";
        out.println();
        out.println(first.length() - 1 >= WIDTH ? dash(Math.min(first.length() - 1, WIDTH + 1)) + " " : first);
        out.println(sp(nr + nn + 2) + "  " + String.join("  ", cols) + (inline ? "  cases" : "") + " ");
        String sep = dash(nr + 7 * cols.size() + (inline ? maxCases + 2 : 0) + nn + 2) + " ";
        out.println(sep);
        int no = 0;
        for (List<SufficiencyFit> block : List.of(e, rest)) {
            if (block.isEmpty()) continue;
            for (SufficiencyFit f : block) {
                no++;
                StringBuilder sb = new StringBuilder(lpad(String.valueOf(no), nn)).append("  ").append(lpad(f.term(), nr)).append("  ")
                        .append(String.join("  ", num(f.inclS()), num(f.PRI()), num(f.covS()), num(f.covU())));
                for (ModelFit mf : s.modelFits()) {
                    int k = mf.terms().indexOf(f.term());
                    sb.append("  ").append(k < 0 ? sp(5) : num(mf.termFits().size() == 1 ? Double.NaN : mf.termFits().get(k).covU()));
                }
                if (inline) sb.append("  ").append(s.termCases().getOrDefault(f.term(), ""));
                out.println(sb.append(' '));
            }
            out.println(sep);
        }
        for (ModelFit mf : s.modelFits()) {
            SufficiencyFit sol = mf.solution();
            out.println(sp(nn) + "  " + lpad(mf.name(), nr) + "  " + String.join("  ", num(sol.inclS()), num(sol.PRI()), num(sol.covS())) + " ");
        }
        if (!inline) {
            List<String> en = e.stream().map(SufficiencyFit::term).toList();
            List<String> rn = rest.stream().map(SufficiencyFit::term).toList();
            List<String> all2 = new ArrayList<>(en);
            all2.addAll(rn);
            casesTable(all2, all2.stream().map(t -> s.termCases().getOrDefault(t, "")).toList(), en, nr, nn, WIDTH - nr - 2, nr + 2);
        } else {
            out.println();
        }
    }

    /** R's separate "cases" table: cases of each term, configurations separated by "; ", wrapped as admisc's prettyString. */
    private void casesTable(List<String> names, List<String> cases, List<String> essentialBlock, int nr, int nn, int width, int indent) {
        out.println();
        out.println(" " + sp(nr + nn + 2) + " cases ");
        String sep = dash(nr + nn + 9) + " ";
        out.println(sep);
        for (int i = 0; i < names.size(); i++) {
            String head = lpad(String.valueOf(i + 1), nn) + "  " + lpad(names.get(i), nr) + "  ";
            List<String> lines = wrapCases(cases.get(i), width);
            for (int k = 0; k < lines.size(); k++) out.println((k == 0 ? head : sp(indent)) + lines.get(k));
            if (lines.isEmpty()) out.println(head);
            if (!essentialBlock.isEmpty() && i == essentialBlock.size() - 1 && i < names.size() - 1) out.println(sep);
        }
        out.println(sep);
        out.println();
    }

    /** Configurations joined by "; " until the line reaches the width, the break after the ";" (admisc's rule). */
    static List<String> wrapCases(String cases, int width) {
        List<String> lines = new ArrayList<>();
        if (cases.isEmpty()) return lines;
        String[] items = cases.split("; ");
        StringBuilder line = new StringBuilder(items[0]);
        for (int j = 1; j < items.length; j++) {
            if (line.length() >= width) {
                lines.add(line + ";");
                line = new StringBuilder(items[j]);
            } else {
                line.append("; ").append(items[j]);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    // ---------------------------------------------------------------- what R keeps in the result object

    private void extras(Solution s, List<String> group) {
        // an intermediate group shares its models; its chart is the first pair's, the counterfactuals are per pair
        String tag = group == null ? "" : " (" + group.get(0) + (group.size() > 1 ? "; same models from " + String.join(", ", group.subList(1, group.size())) : "") + ")";
        if (group == null || group.get(0).equals(m.intermediate().get(0).name())) truthTable();
        out.println("PI chart" + tag + ":");
        piChart(s);
        out.println("Essential prime implicants" + (group == null ? "" : " (" + group.get(0) + ")") + ": "
                + (s.essential().isEmpty() ? "(none)" : String.join(", ", s.essential().stream().map(m::write).toList())));
        out.println();
        if (group == null) {
            boolean any = s.simplifyingAssumptions().values().stream().anyMatch(l -> !l.isEmpty());
            if (m.options().include().contains("?")) {
                out.println("Simplifying assumptions (remainder rows used, values in the order " + String.join(",", m.truthTable().conditions()) + "):");
                if (!any) out.println("  (none)");
                for (Map.Entry<String, List<Long>> e : s.simplifyingAssumptions().entrySet()) {
                    if (!e.getValue().isEmpty()) out.println("  " + e.getKey() + ": " + rowsWithValues(e.getValue()));
                }
                out.println();
            }
        } else {
            out.println("Counterfactuals (remainder rows, values in the order " + String.join(",", m.truthTable().conditions()) + "):");
            for (Solution pair : m.intermediate()) {
                if (!group.contains(pair.name())) continue;
                List<Long> ec = pair.simplifyingAssumptions().getOrDefault("EC", List.of());
                List<Long> dc = pair.simplifyingAssumptions().getOrDefault("DC", List.of());
                out.println("  " + pair.name() + " easy: " + (ec.isEmpty() ? "(none)" : rowsWithValues(ec)));
                out.println("  " + pair.name() + " difficult: " + (dc.isEmpty() ? "(none)" : rowsWithValues(dc)));
            }
            out.println();
        }
    }

    private String rowsWithValues(List<Long> rows) {
        TruthTable tt = m.truthTable();
        List<String> parts = new ArrayList<>();
        for (long r : rows) {
            StringBuilder sb = new StringBuilder().append(r).append(" (");
            int[] v = tt.rowValues(r);
            for (int c = 0; c < v.length; c++) sb.append(v[c]);
            parts.add(sb.append(')').toString());
        }
        return String.join(", ", parts);
    }

    private void truthTable() {
        TruthTable tt = m.truthTable();
        out.println("Truth table (observed rows; OUT 1 explained, ? remainder, C contradiction):");
        List<TruthTableRow> rows = new ArrayList<>();
        for (long no : tt.printOrder()) {
            TruthTableRow r = tt.row(no);
            if (r.observed()) rows.add(r);
        }
        List<String> conds = tt.conditions();
        int rowW = Math.max(3, String.valueOf(tt.configurations()).length());
        StringBuilder h = new StringBuilder(String.format("%" + rowW + "s ", "row"));
        for (String c : conds) h.append(' ').append(c);
        h.append("  OUT    n  incl   PRI  cases");
        out.println(h);
        for (TruthTableRow r : rows) {
            StringBuilder sb = new StringBuilder(String.format("%" + rowW + "d ", r.number()));
            for (int c = 0; c < conds.size(); c++) sb.append(' ').append(lpad(String.valueOf(r.value(c)), conds.get(c).length()));
            sb.append(String.format("  %3s %4d %5s %5s  ", r.out(), r.n(), Fmt.d3(r.incl()), Fmt.d3(r.pri())));
            sb.append(String.join(",", r.cases()));
            out.println(sb.toString().stripTrailing());
        }
        out.println();
    }

    /** R's print of the PI chart: implicants by configurations explained (truth table row numbers), x = covers. */
    private void piChart(Solution s) {
        List<String> names = s.chartRows().stream().map(m::write).toList();
        int w = Math.max(2, names.stream().mapToInt(String::length).max().orElse(2));
        List<String> cols = s.chartColumns().stream().map(String::valueOf).toList();
        StringBuilder h = new StringBuilder(sp(w + 1));
        for (String c : cols) h.append(' ').append(lpad(c, Math.max(2, c.length())));
        out.println(h);
        for (int i = 0; i < names.size(); i++) {
            StringBuilder sb = new StringBuilder(lpad(names.get(i), w)).append(' ');
            for (int j = 0; j < cols.size(); j++) sb.append(' ').append(lpad(s.chart()[i][j] ? "x" : "-", Math.max(2, cols.get(j).length())));
            out.println(sb);
        }
        out.println();
    }
}
