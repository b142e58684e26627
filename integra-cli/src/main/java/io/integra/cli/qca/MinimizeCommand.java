package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.cli.Json;
import io.integra.cli.qca.json.MinimizeDetailsJson;
import io.integra.cli.qca.json.MinimizeJson;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.minimize.Solution;
import io.integra.qca.truthtable.TruthTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code integra qca minimize}: conservative, parsimonious or intermediate solutions with their fit. */
@Command(name = "minimize", aliases = "minimise", mixinStandardHelpOptions = true,
        description = "Exact Boolean minimisation of the truth table: conservative (default), parsimonious (--include ?) "
                + "or intermediate (--include ? --dir-exp ...), every minimal model M1, M2, ... with inclS, PRI, covS, covU.")
public final class MinimizeCommand extends QcaDataCommand {
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

    @Option(names = "--details", description = "What R's details = TRUE shows: fit with the cases of each term, and the truth table, "
            + "PI chart, essential implicants, simplifying assumptions and easy/difficult counterfactuals.")
    boolean details;

    @Option(names = "--plots", paramLabel = "DIR", description = "Write XY plots (SVG and PNG) of each model and a Venn diagram of the truth table to DIR.")
    Path plots;

    @Override
    public void run() {
        if (allSol && rowDom) throw new CliException("contradictory options: --all-sol and --row-dom (row dominance would drop models)");
        if (dirExp != null && !include.contains("?")) throw new CliException("contradictory options: --dir-exp needs the remainders (--include ?)");
        QcaData d = load();
        Minimization m = QcaRun.guard(() -> {
            TruthTable tt = TruthTable.build(d, data.ttOptions(d));
            MinimizeOptions o = MinimizeOptions.conservative().withInclude(Set.copyOf(include)).withAllSol(allSol)
                    .withRowDom(rowDom).withLimits(maxModels, 50_000_000L);
            if (dirExp != null) o = o.withDirExp(List.of(dirExp));
            return Minimizer.minimize(tt, o);
        });
        PrintWriter out = out();
        List<Solution> shown = m.intermediate().isEmpty() ? List.of(m.solution()) : m.intermediate();
        String type = !m.intermediate().isEmpty() ? "intermediate" : m.solution().name();
        Panel panel = data.panel() ? new Panel(data.caseBase.clusters, data.caseBase.unitYears) : null;
        List<String> notes = new ArrayList<>();
        List<String> written = plots == null ? List.of() : SolutionPlots.write(plots, m, shown, notes);
        for (String n : notes) spec.commandLine().getErr().println("integra: note: " + n);
        spec.commandLine().getErr().flush();
        switch (data.format) {
            case json:
                MinimizeJson root = MinimizeJson.of(m, shown, type);
                if (details) root = root.withDetails(MinimizeDetailsJson.of(m));
                if (panel != null) root = root.withCluster(panel.json(m, shown));
                if (plots != null) root = root.withPlots(written);
                out.println(Json.write(root));
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
                new MinimizePrinter(out, m, details).print();
                if (panel != null) panel.print(out, m, shown);
                for (String w : written) out.println("wrote " + w);
        }
        out.flush();
    }

    private static String row(String sol, String model, SufficiencyFit f) {
        return sol + "," + model + "," + CsvData.quote(f.term()) + "," + Fmt.full(f.inclS()) + "," + Fmt.full(f.PRI()) + ","
                + Fmt.full(f.covS()) + "," + Fmt.full(f.covU());
    }
}
