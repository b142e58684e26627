package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.notation.Expression;
import io.integra.qca.plots.XyPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code integra qca xy}: XY plot of a term or expression against the outcome, as SVG or PNG (R QCA's XYplot). */
@Command(name = "xy", mixinStandardHelpOptions = true,
        description = "XY plot of an expression X (e.g. A*~B + C) against the outcome: memberships of every case, the diagonal, "
                + "inclS, PRI and covS of X -> Y in the title. Writes FILE.svg or FILE.png.")
public final class XyCommand extends QcaDataCommand {
    @Option(names = "--x", paramLabel = "EXPR", required = true, description = "The term or expression on the X axis (QCA notation).")
    String x;

    @Option(names = "--out", paramLabel = "FILE.svg|FILE.png", required = true, description = "Where to write the plot (.svg or .png).")
    Path outFile;

    @Override
    public void run() {
        String name = outFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) throw new CliException("--out: \"" + outFile + "\" must end in .svg or .png");
        Expression e = QcaRun.guard(() -> Expression.parse(x));
        if (data.conditions.isEmpty()) data.conditions = new ArrayList<>(e.names());
        QcaData d = load();
        String outcome = data.outcome.trim();
        double[] xs, ys;
        try {
            xs = e.membership(d);
            ys = Expression.parse(outcome).membership(d);
        } catch (QcaException ex) {
            throw new CliException(ex.getMessage());
        }
        SufficiencyFit f = Fit.sufficiency(x, xs, ys);
        List<XyPlot.Point> pts = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) pts.add(new XyPlot.Point(d.cases().get(i), xs[i], ys[i]));
        var chart = XyPlot.chart(x + " -> " + outcome, String.format(Locale.ROOT, "inclS %.3f   PRI %.3f   covS %.3f   (%d units)", f.inclS(), f.PRI(), f.covS(), xs.length),
                x, outcome, pts, pts.size() <= 40);
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) throw new CliException("--out: the folder " + parent + " does not exist");
        byte[] bytes = name.endsWith(".svg") ? XyPlot.svg(chart, 640, 560).getBytes(StandardCharsets.UTF_8) : XyPlot.png(chart, 640, 560);
        String w = SolutionPlots.save(outFile, bytes);
        PrintWriter out = out();
        out.println(String.format(Locale.ROOT, "%s -> %s: inclS %.3f, PRI %.3f, covS %.3f over %d units; wrote %s", x, outcome, f.inclS(), f.PRI(), f.covS(), xs.length, w));
        out.flush();
    }
}
