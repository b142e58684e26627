package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.minimize.Solution;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code integra qca minimize}: conservative, parsimonious or intermediate solutions with their fit. */
@Command(name = "minimize", aliases = "minimise", mixinStandardHelpOptions = true,
        description = "Exact Boolean minimisation of the truth table: conservative (default), parsimonious (--include ?) "
                + "or intermediate (--include ? --dir-exp ...), every minimal model M1, M2, ... with inclS, PRI, covS, covU.")
public final class MinimizeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--include", paramLabel = "?|C", split = ",", description = "Don't-care outputs to include: ? (remainders), C (contradictions).")
    List<String> include = new ArrayList<>();

    @Option(names = "--dir-exp", paramLabel = "A,~B,C*D", description = "Directional expectations (intermediate solution); needs --include ?.")
    String dirExp;

    @Option(names = "--all-sol", description = "Every irredundant model, not only the minimal ones.")
    boolean allSol;

    @Option(names = "--row-dom", description = "Drop dominated prime implicants before solving the chart.")
    boolean rowDom;

    @Option(names = "--max-models", defaultValue = "10000", description = "Stop enumerating models after this many (default ${DEFAULT-VALUE}).")
    int maxModels;

    @Override
    public void run() {
        if (allSol && rowDom) throw new CliException("contradictory options: --all-sol and --row-dom (row dominance would drop models)");
        if (dirExp != null && !include.contains("?")) throw new CliException("contradictory options: --dir-exp needs the remainders (--include ?)");
        QcaData d = data.load();
        QcaRun.warnings(data, spec.commandLine().getErr());
        Minimization m = QcaRun.guard(() -> {
            TruthTable tt = TruthTable.build(d, data.ttOptions(d));
            MinimizeOptions o = MinimizeOptions.conservative().withInclude(Set.copyOf(include)).withAllSol(allSol)
                    .withRowDom(rowDom).withLimits(maxModels, 50_000_000L);
            if (dirExp != null) o = o.withDirExp(List.of(dirExp));
            return Minimizer.minimize(tt, o);
        });
        PrintWriter out = spec.commandLine().getOut();
        List<Solution> shown = m.intermediate().isEmpty() ? List.of(m.solution()) : m.intermediate();
        String type = !m.intermediate().isEmpty() ? "intermediate" : m.solution().name();
        switch (data.format) {
            case json:
                out.println(Json.write(json(m, shown, type)));
                break;
            case csv:
                out.println("solution,model,term,inclS,PRI,covS,covU");
                for (Solution s : shown) {
                    for (ModelFit mf : s.modelFits()) {
                        for (SufficiencyFit f : mf.termFits()) out.println(row(s.name(), mf.name(), f));
                        out.println(row(s.name(), mf.name(), new SufficiencyFit("(model)", mf.solution().inclS(), mf.solution().PRI(), mf.solution().covS(), Double.NaN)));
                    }
                }
                break;
            default:
                text(out, m, shown, type);
        }
        out.flush();
    }

    private static String row(String sol, String model, SufficiencyFit f) {
        return sol + "," + model + "," + CsvData.quote(f.term()) + "," + Fmt.full(f.inclS()) + "," + Fmt.full(f.PRI()) + ","
                + Fmt.full(f.covS()) + "," + Fmt.full(f.covU());
    }

    private static Map<String, Object> json(Minimization m, List<Solution> shown, String type) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("outcome", m.truthTable().outcomeLabel());
        root.put("solution_type", type);
        List<List<String>> solutions = new ArrayList<>();
        List<Map<String, Object>> models = new ArrayList<>();
        for (Solution s : shown) {
            solutions.addAll(m.writtenModels(s));
            models.addAll(models(m, s));
        }
        root.put("solutions", solutions);
        root.put("models", models);
        root.put("complete", shown.stream().allMatch(Solution::complete));
        root.put("count", shown.size() == 1 ? shown.get(0).countMessage() : String.join("; ", shown.stream().map(s -> s.name() + ": " + s.countMessage()).toList()));
        Solution main = m.solution();
        root.put("essential", main.essential().stream().map(m::write).toList());
        root.put("primes", main.primes().stream().map(m::write).toList());
        root.put("terms_fit", main.overall().stream().map(SufficiencyCommand::json).toList());
        root.put("simplifying_assumptions", main.simplifyingAssumptions());
        if (!m.intermediate().isEmpty()) {
            root.put("parsimonious", m.writtenModels(main));
            List<Map<String, Object>> inter = new ArrayList<>();
            for (Solution s : m.intermediate()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("name", s.name());
                i.put("solutions", m.writtenModels(s));
                i.put("easy_counterfactuals", s.simplifyingAssumptions().get("EC"));
                i.put("difficult_counterfactuals", s.simplifyingAssumptions().get("DC"));
                inter.add(i);
            }
            root.put("intermediate", inter);
        }
        root.put("initials", m.initials().stream().map(m::write).toList());
        return root;
    }

    private static List<Map<String, Object>> models(Minimization m, Solution s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < s.models().size(); i++) {
            ModelFit mf = s.modelFits().get(i);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", s.models().size() > 0 && !s.name().equals("conservative") && !s.name().equals("parsimonious") ? s.name() + "-" + mf.name() : mf.name());
            x.put("terms", mf.terms());
            x.put("inclS", Fmt.json(mf.solution().inclS()));
            x.put("PRI", Fmt.json(mf.solution().PRI()));
            x.put("covS", Fmt.json(mf.solution().covS()));
            x.put("terms_fit", mf.termFits().stream().map(SufficiencyCommand::json).toList());
            out.add(x);
        }
        return out;
    }

    private static void text(PrintWriter out, Minimization m, List<Solution> shown, String type) {
        String arrow = m.options().include().contains("?") ? " -> " : " <-> ";
        for (Solution s : shown) {
            if (shown.size() > 1 || type.equals("intermediate")) out.println("From " + s.name() + ":");
            Set<Term> ess = new LinkedHashSet<>(s.essential());
            for (int i = 0; i < s.models().size(); i++) {
                List<String> e = new ArrayList<>(), rest = new ArrayList<>();
                for (Term t : s.models().get(i)) (ess.contains(t) ? e : rest).add(m.write(t));
                String body = String.join(" + ", e);
                if (!rest.isEmpty()) body = body.isEmpty() ? String.join(" + ", rest) : body + " + (" + String.join(" + ", rest) + ")";
                if (s.models().size() == 1 || e.isEmpty()) body = String.join(" + ", s.models().get(i).stream().map(m::write).toList());
                String line = "M" + (i + 1) + ": " + body + arrow + m.truthTable().outcomeLabel();
                for (String l : Text.wrap(line, "", 80)) out.println(l.startsWith("M" + (i + 1) + ":") ? l : "    " + l);
            }
            if (!s.complete()) out.println("(" + s.countMessage() + ")");
            out.println();
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
    }
}
