package io.integra.cli.qca;

import io.integra.cli.Json;
import io.integra.cli.qca.json.ClusterJson;
import io.integra.cli.qca.json.FitJson;
import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code integra qca sufficiency}: sufficiency fit of each condition or of the terms of an expression. */
@Command(name = "sufficiency", mixinStandardHelpOptions = true,
        description = "Sufficiency: inclS, PRI, covS, covU of each condition (multi-value: each value), or of each term "
                + "of an expression and of the whole expression.")
public final class SufficiencyCommand extends QcaDataCommand {
    @Mixin
    ExpressionOption expr;

    @Override
    public void run() {
        // the expression's sets are the conditions a unit must be known on (not every criterion of the lens)
        if (expr.expression != null && data.conditions.isEmpty()) data.conditions = new ArrayList<>(QcaRun.guard(() -> Expression.parse(expr.expression)).names());
        QcaData d = load();
        List<SufficiencyFit> fits = QcaRun.guard(() -> compute(d));
        PrintWriter out = out();
        if (data.panel() && expr.expression != null && data.format != QcaFormat.csv) {
            // clustered units: the expression's pooled, within-cluster and between-year fit (Garcia-Castro & Arino 2016)
            double[] x = QcaRun.guard(() -> Expression.parse(expr.expression).membership(d));
            double[] y = QcaRun.guard(() -> NecessityCommand.outcome(d, data.outcome));
            io.integra.qca.cluster.ClusterFit cf = io.integra.qca.cluster.ClusterFit.of(x, y, data.caseBase.clusters,
                    data.caseBase.unitYears.isEmpty() ? null : data.caseBase.unitYears);
            if (data.format == QcaFormat.json) {
                out.println(Json.write(new FitJson.SufficiencyResult(FitJson.Sufficiency.of(fits), ClusterJson.of(cf))));
            } else {
                print(out, fits, data.format);
                out.println();
                Panel.print(out, "expression", cf);
            }
        } else {
            print(out, fits, data.format);
        }
        out.flush();
    }

    private List<SufficiencyFit> compute(QcaData d) {
        double[] y = NecessityCommand.outcome(d, data.outcome);
        List<String> names = new ArrayList<>();
        List<double[]> mems = new ArrayList<>();
        if (expr.expression != null) {
            Expression e = Expression.parse(expr.expression);
            for (String n : e.names()) if (!d.has(n)) throw new QcaException("\"" + n + "\" is not in the data");
            for (List<Literal> p : e.products()) {
                names.add(Expression.write(p));
                mems.add(Expression.membership(p, d));
            }
            List<SufficiencyFit> fits = new ArrayList<>(Fit.sufficiencyTerms(names, mems, y));
            if (e.products().size() > 1) fits.add(Fit.sufficiency("expression", e.membership(d), y));
            return fits;
        }
        for (String c : data.conditions(d)) {
            d.validateSet(c);
            int lv = d.levels(c);
            if (lv > 2) {
                for (int v = 0; v < lv; v++) {
                    names.add(c + "[" + v + "]");
                    mems.add(Expression.membership(new Literal(c, false, Set.of(v)), d));
                }
            } else {
                names.add(c);
                mems.add(d.column(c));
            }
        }
        return Fit.sufficiencyTerms(names, mems, y);
    }

    static void print(PrintWriter out, List<SufficiencyFit> fits, QcaFormat format) {
        if (format == QcaFormat.json) {
            out.println(Json.write(FitJson.SufficiencyResult.of(fits)));
        } else if (format == QcaFormat.csv) {
            out.println("term,inclS,PRI,covS,covU");
            for (SufficiencyFit f : fits) out.println(CsvData.quote(f.term()) + "," + Fmt.full(f.inclS()) + "," + Fmt.full(f.PRI()) + "," + Fmt.full(f.covS()) + "," + Fmt.full(f.covU()));
        } else {
            out.println(String.format("%-46s %6s %6s %6s %6s", "", "inclS", "PRI", "covS", "covU"));
            for (SufficiencyFit f : fits) {
                out.println(String.format("%-46s %6s %6s %6s %6s", Fmt.cut(f.term(), 46), Fmt.d3(f.inclS()), Fmt.d3(f.PRI()), Fmt.d3(f.covS()), Fmt.d3(f.covU())));
            }
        }
    }
}
