package io.integra.cli.qca;

import io.integra.cli.Json;
import io.integra.cli.qca.json.FitJson;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.NecessityFit;
import io.integra.qca.fuzzy.SuperSubset;
import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code integra qca necessity}: necessity fit of each condition (and its negation), or a superset search. */
@Command(name = "necessity", mixinStandardHelpOptions = true,
        description = "Necessity: inclN, RoN, covN of each condition and its negation (multi-value: each value), "
                + "of an expression, or (--search) of the conjunctions and disjunctions passing the cut-offs.")
public final class NecessityCommand extends QcaDataCommand {
    @Mixin
    ExpressionOption expr;

    @Option(names = "--search", description = "Superset/subset search for necessary combinations (uses --incl-cut, --cov-cut).")
    boolean search;

    @Option(names = "--cov-cut", defaultValue = "0", description = "Coverage cut-off of the search (default ${DEFAULT-VALUE}).")
    double covCut;

    @Override
    public void run() {
        QcaData d = load();
        List<NecessityFit> fits = QcaRun.guard(() -> compute(d));
        PrintWriter out = out();
        print(out, fits, data.format);
        out.flush();
    }

    private List<NecessityFit> compute(QcaData d) {
        List<String> conds = data.conditions(d);
        double[] y = outcome(d, data.outcome);
        List<NecessityFit> fits = new ArrayList<>();
        if (search) {
            double ic = data.inclCut == null ? 1 : Double.parseDouble(data.inclCut.split(",")[0]);
            return SuperSubset.necessity(d, data.outcome, conds, ic, covCut).fits();
        }
        if (expr.expression != null) {
            Expression e = Expression.parse(expr.expression);
            for (String n : e.names()) if (!d.has(n)) throw new io.integra.qca.QcaException("\"" + n + "\" is not in the data");
            fits.add(Fit.necessity(e.toString(), e.membership(d), y));
            return fits;
        }
        for (String c : conds) {
            d.validateSet(c);
            int lv = d.levels(c);
            if (lv > 2) {
                for (int v = 0; v < lv; v++) fits.add(Fit.necessity(c + "[" + v + "]", Expression.membership(new Literal(c, false, Set.of(v)), d), y));
            } else {
                double[] x = d.column(c);
                fits.add(Fit.necessity(c, x, y));
                double[] nx = new double[x.length];
                for (int i = 0; i < x.length; i++) nx[i] = 1 - x[i];
                fits.add(Fit.necessity("~" + c, nx, y));
            }
        }
        return fits;
    }

    static double[] outcome(QcaData d, String outcome) {
        Expression oe = Expression.parse(outcome);
        if (oe.products().size() != 1 || oe.products().get(0).size() != 1) throw new io.integra.qca.QcaException("the outcome must be a single set");
        Literal l = oe.products().get(0).get(0);
        if (!d.has(l.name())) throw new io.integra.qca.QcaException("outcome \"" + l.name() + "\" is not in the data (columns: " + String.join(", ", d.columns()) + ")");
        d.validateSet(l.name());
        return Expression.membership(l, d);
    }

    static void print(PrintWriter out, List<NecessityFit> fits, QcaFormat format) {
        if (format == QcaFormat.json) {
            out.println(Json.write(FitJson.NecessityResult.of(fits)));
        } else if (format == QcaFormat.csv) {
            out.println("term,inclN,RoN,covN");
            for (NecessityFit f : fits) out.println(CsvData.quote(f.term()) + "," + Fmt.full(f.inclN()) + "," + Fmt.full(f.RoN()) + "," + Fmt.full(f.covN()));
        } else {
            out.println(String.format("%-50s %6s %6s %6s", "", "inclN", "RoN", "covN"));
            for (NecessityFit f : fits) {
                out.println(String.format("%-50s %6s %6s %6s", Fmt.cut(f.term(), 50), Fmt.d3(f.inclN()), Fmt.d3(f.RoN()), Fmt.d3(f.covN())));
            }
        }
    }
}
