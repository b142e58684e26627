package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;
import io.integra.qca.truthtable.TruthTableOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the qca analysis commands: the data, the outcome, the conditions and the cut-offs. */
public class DataOptions {
    @Option(names = "--data", paramLabel = "FILE.csv", description = "CSV data set (column 'case' = case labels).")
    Path data;

    @Option(names = {"--outcome", "--y"}, paramLabel = "OUT", required = true, description = "The outcome set; ~OUT negates it, OUT[1] picks a value.")
    String outcome;

    @Option(names = "--conditions", paramLabel = "A,B,...", split = ",", description = "Conditions (default: every other column).")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--incl-cut", paramLabel = "X[,Y]", description = "Consistency cut-off for OUT=1 [and for C] (default 1).")
    String inclCut;

    @Option(names = "--n-cut", paramLabel = "N", defaultValue = "1", description = "Minimum cases per row (default ${DEFAULT-VALUE}).")
    int nCut;

    @Option(names = "--pri-cut", paramLabel = "X", defaultValue = "0", description = "PRI cut-off for OUT=1 (default ${DEFAULT-VALUE}).")
    double priCut;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    QcaFormat format;

    @Option(names = "--cluster", paramLabel = "COLUMN", description = "CSV panel data: the column naming each unit's cluster (e.g. a case code), for cluster diagnostics.")
    String clusterColumn;

    @Option(names = "--year", paramLabel = "COLUMN", description = "CSV panel data: the column holding each unit's year (with --cluster).")
    String yearColumn;

    @picocli.CommandLine.Mixin
    CaseBaseData caseBase = new CaseBaseData();

    /** Whether the units are clustered (case-years from the case base, or --cluster on a CSV file). */
    boolean panel() {
        return caseBase.panel() || clusterColumn != null;
    }

    /** Takes the cluster (and year) columns out of CSV data and keeps them as the units' labels. */
    private QcaData panelColumns(QcaData d) {
        if (yearColumn != null && clusterColumn == null) throw new CliException("--year needs --cluster (the column of the units' clusters)");
        if (clusterColumn == null) return d;
        List<String> drop = new ArrayList<>(List.of(clusterColumn));
        if (yearColumn != null) drop.add(yearColumn);
        for (String c : drop) {
            if (!d.has(c)) throw new CliException(data + ": no column \"" + c + "\" (columns: " + String.join(", ", d.columns()) + ")");
        }
        caseBase.clusters = label(d.column(clusterColumn));
        caseBase.unitYears = yearColumn == null ? List.of() : label(d.column(yearColumn));
        List<String> keep = new ArrayList<>(d.columns());
        keep.removeAll(drop);
        return new QcaData(d.cases(), keep, keep.stream().map(d::column).toList());
    }

    private static List<String> label(double[] v) {
        List<String> out = new ArrayList<>();
        for (double x : v) out.add(x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x));
        return out;
    }

    QcaData load() {
        if (data != null && caseBase.lens != null) throw new CliException("give either --data or --lens, not both");
        if (data == null && caseBase.lens == null) throw new CliException("no data: give --data FILE.csv, or --lens L --at DATE for the case base");
        if (data != null) return panelColumns(CsvData.read(data));
        QcaData d = caseBase.load(outcomeName());
        List<String> required = new ArrayList<>(conditions(d));
        caseBase.circularity(outcomeName(), required);
        required.add(outcomeName());
        return caseBase.complete(d, required);
    }

    String outcomeName() {
        String o = outcome.trim();
        while (o.startsWith("~")) o = o.substring(1).trim();
        int b = o.indexOf('[');
        return b > 0 ? o.substring(0, b) : o;
    }

    /** The conditions: as given, or every column except the outcome. */
    List<String> conditions(QcaData d) {
        if (!conditions.isEmpty()) {
            for (String c : conditions) {
                if (!d.has(c.trim())) {
                    throw new CliException("condition \"" + c.trim() + "\" is not in the data (columns: " + String.join(", ", d.columns()) + ")");
                }
            }
            return conditions.stream().map(String::trim).toList();
        }
        List<String> out = new ArrayList<>(caseBase.lens != null && !caseBase.criteria.isEmpty() ? caseBase.criteria : d.columns());
        out.remove(outcomeName());
        return out;
    }

    TruthTableOptions ttOptions(QcaData d) {
        double ic1 = 1, ic0 = -1;
        if (inclCut != null) {
            String[] p = inclCut.split(",");
            try {
                ic1 = Double.parseDouble(p[0].trim());
                if (p.length > 1) ic0 = Double.parseDouble(p[1].trim());
                if (p.length > 2) throw new CliException("--incl-cut takes one or two values, got \"" + inclCut + "\"");
            } catch (NumberFormatException e) {
                throw new CliException("--incl-cut: \"" + inclCut + "\" is not a number (or two numbers X,Y)");
            }
        }
        if (ic0 < 0) ic0 = ic1;
        try {
            return new TruthTableOptions(outcome, conditions(d), ic1, ic0, priCut, nCut, false, List.of());
        } catch (QcaException e) {
            throw new CliException(e.getMessage());
        }
    }
}
