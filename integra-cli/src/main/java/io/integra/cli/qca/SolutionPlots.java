package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.qca.fuzzy.FuzzySets;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.minimize.ModelFit;
import io.integra.qca.minimize.Solution;
import io.integra.qca.plots.VennDiagram;
import io.integra.qca.plots.XyPlot;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code qca minimize --plots DIR}: an XY plot (SVG and PNG) of every model (of each distinct intermediate
 * solution) and a Venn diagram of the truth table (up to five crisp conditions). Files are written to a
 * temporary name and renamed, so that a failure leaves nothing half-written.
 */
final class SolutionPlots {
    private SolutionPlots() {}

    /** Writes the plots; a note on {@code notes} says why a Venn diagram was not drawn. */
    static List<String> write(Path dir, Minimization m, List<Solution> shown, List<String> notes) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CliException("--plots: cannot create the folder " + dir + ": " + e.getMessage());
        }
        List<String> written = new ArrayList<>();
        TruthTable tt = m.truthTable();
        List<Solution> sols = m.intermediate().isEmpty() ? shown : m.intermediateGroups().stream().map(Minimization.IntermediateGroup::solution).toList();
        double[] y = tt.outcome();
        List<String> units = tt.data().cases();
        for (Solution s : sols) {
            for (int i = 0; i < s.models().size() && i < 50; i++) {
                ModelFit mf = s.modelFits().get(i);
                double[][] ms = s.models().get(i).stream().map(t -> Minimizer.membership(t, tt)).toArray(double[][]::new);
                double[] x = FuzzySets.or(ms);
                List<XyPlot.Point> pts = new ArrayList<>();
                for (int u = 0; u < x.length; u++) pts.add(new XyPlot.Point(units.get(u), x[u], y[u]));
                String name = (m.isIntermediate(s) ? s.name() + "-" : s.name().equals("conservative") || s.name().equals("parsimonious") ? s.name() + "-" : "") + mf.name();
                SufficiencyFit f = mf.solution();
                String title = mf.name() + ": " + String.join(" + ", mf.terms()) + " " + m.relation(s, i) + " " + tt.outcomeLabel();
                if (title.length() > 90) title = title.substring(0, 89) + "…";
                String fit = String.format(Locale.ROOT, "inclS %.3f   PRI %.3f   covS %.3f   (%d units)", f.inclS(), f.PRI(), f.covS(), x.length);
                var chart = XyPlot.chart(title, fit, mf.name() + " (solution membership)", tt.outcomeLabel(), pts, pts.size() <= 40);
                written.add(save(dir.resolve("xy-" + name + ".svg"), XyPlot.svg(chart, 640, 560).getBytes(StandardCharsets.UTF_8)));
                written.add(save(dir.resolve("xy-" + name + ".png"), XyPlot.png(chart, 640, 560)));
            }
        }
        if (venn(tt) != null) {
            List<VennDiagram.Region> rows = venn(tt);
            String title = "Truth table of " + tt.outcomeLabel() + " (" + String.join(", ", tt.conditions()) + ")";
            written.add(save(dir.resolve("venn.svg"), VennDiagram.svg(title, tt.conditions(), rows).getBytes(StandardCharsets.UTF_8)));
            written.add(save(dir.resolve("venn.png"), VennDiagram.png(title, tt.conditions(), rows)));
        } else {
            notes.add("no Venn diagram: it takes one to five crisp conditions, the truth table has " + tt.conditions().size()
                    + (tt.multiValue() ? " (some multi-value)" : ""));
        }
        return written;
    }

    /** The configurations for the Venn diagram, or null when there are more than five conditions or a multi-value one. */
    static List<VennDiagram.Region> venn(TruthTable tt) {
        int k = tt.conditions().size();
        if (k < 1 || k > 5) return null;
        for (int l : tt.levels()) if (l > 2) return null;
        List<VennDiagram.Region> rows = new ArrayList<>();
        for (long no : tt.printOrder()) {
            TruthTableRow r = tt.row(no);
            if (r.observed()) rows.add(new VennDiagram.Region(r.values(), r.out(), r.cases()));
        }
        return rows;
    }

    static String save(Path target, byte[] content) {
        try {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".integra-", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target.toString();
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
