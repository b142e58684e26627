package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.cli.Json;
import io.integra.cli.qca.json.CalibrationJson;
import io.integra.qca.QcaException;
import io.integra.qca.calibrate.Calibration;
import io.integra.qca.calibrate.IndirectCalibration;
import io.integra.qca.data.QcaData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code integra qca calibrate}: raw values to set memberships; writes the data with the calibrated column. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate a column into a set: fuzzy direct (e=,c=,i= anchors; logistic or linear; 6 anchors "
                + "for bell shapes), crisp thresholds, indirect, or TFR. Writes the data with the calibrated column (CSV).")
public final class CalibrateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE.csv", required = true, description = "CSV data set.")
    Path data;

    @Option(names = "--column", paramLabel = "X", required = true, description = "The raw column to calibrate.")
    String column;

    @Option(names = "--type", defaultValue = "fuzzy", description = "fuzzy, crisp, indirect or tfr (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--thresholds", paramLabel = "T", description = "e=..,c=..,i=.. (or e1,c1,i1,i2,c2,e2 for bells); crisp/indirect: v1,v2,...")
    String thresholds;

    @Option(names = "--linear", description = "Piecewise power function instead of the logistic one (fuzzy, 3 anchors).")
    boolean linear;

    @Option(names = "--idm", defaultValue = "0.95", description = "Membership at the inclusion anchor, logistic (default ${DEFAULT-VALUE}).")
    double idm;

    @Option(names = "--below", defaultValue = "1", description = "Exponent below the crossover (linear, bell).")
    double below;

    @Option(names = "--above", defaultValue = "1", description = "Exponent above the crossover (linear, bell).")
    double above;

    @Option(names = "--ecdf", description = "Use the empirical distribution between the anchors (linear).")
    boolean ecdf;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the calibrated column (default: the column itself, replaced).")
    String name;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write to this file (atomically) instead of standard output.")
    Path out;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json or text (default: ${DEFAULT-VALUE}).")
    QcaFormat format;

    @Override
    public void run() {
        QcaData d = CsvData.read(data);
        if (!d.has(column)) throw new CliException("column \"" + column + "\" is not in " + data + " (columns: " + String.join(", ", d.columns()) + ")");
        double[] x = d.column(column);
        double[] cal;
        try {
            cal = calibrate(x);
        } catch (QcaException e) {
            throw new CliException(e.getMessage());
        }
        String target = name == null ? column : name;
        QcaData result = d.with(target, cal);
        String text = render(result, target, x, cal);
        if (out != null) {
            writeAtomically(out, text);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
    }

    private double[] calibrate(double[] x) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("tfr")) return Calibration.tfr(x);
        if (thresholds == null || thresholds.isBlank()) throw new CliException("--thresholds is required for " + type + " calibration");
        if (t.equals("crisp") || t.equals("indirect")) {
            double[] th = numbers(thresholds);
            return t.equals("crisp") ? Calibration.crisp(x, th) : IndirectCalibration.calibrate(x, th);
        }
        if (!t.equals("fuzzy")) throw new CliException("--type must be fuzzy, crisp, indirect or tfr, not \"" + type + "\"");
        Map<String, Double> named = new LinkedHashMap<>();
        for (String p : thresholds.split(",")) {
            String[] kv = p.split("=");
            if (kv.length != 2) throw new CliException("--thresholds: \"" + p.trim() + "\" should be name=value, e.g. e=165");
            try {
                named.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new CliException("--thresholds: \"" + kv[1].trim() + "\" is not a number");
            }
        }
        if (named.keySet().equals(java.util.Set.of("e", "c", "i"))) {
            return Calibration.fuzzy(x, named.get("e"), named.get("c"), named.get("i"),
                    new Calibration.Options(!linear, idm, below, above, ecdf));
        }
        if (named.keySet().equals(java.util.Set.of("e1", "c1", "i1", "i2", "c2", "e2"))) {
            return Calibration.bell(x, named.get("e1"), named.get("c1"), named.get("i1"), named.get("i2"), named.get("c2"), named.get("e2"), below, above);
        }
        throw new CliException("--thresholds: give e,c,i (three anchors) or e1,c1,i1,i2,c2,e2 (six), got " + named.keySet());
    }

    private static double[] numbers(String s) {
        List<Double> v = new ArrayList<>();
        for (String p : s.split(",")) {
            try {
                v.add(Double.parseDouble(p.trim()));
            } catch (NumberFormatException e) {
                throw new CliException("--thresholds: \"" + p.trim() + "\" is not a number");
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private String render(QcaData d, String target, double[] x, double[] cal) {
        StringBuilder sb = new StringBuilder();
        if (format == QcaFormat.json) {
            sb.append(Json.write(CalibrationJson.of(target, d.cases(), x, cal))).append('\n');
        } else if (format == QcaFormat.text) {
            sb.append(String.format(Locale.ROOT, "%-30s %14s %10s%n", "case", column, target));
            for (int i = 0; i < cal.length; i++) {
                sb.append(String.format(Locale.ROOT, "%-30s %14s %10.4f%n", Fmt.cut(d.cases().get(i), 30), Fmt.full(x[i]), cal[i]));
            }
        } else {
            List<String> head = new ArrayList<>();
            head.add("case");
            d.columns().forEach(c -> head.add(CsvData.quote(c)));
            sb.append(String.join(",", head)).append('\n');
            for (int i = 0; i < d.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(CsvData.quote(d.cases().get(i)));
                for (String c : d.columns()) {
                    double v = d.value(c, i);
                    row.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v));
                }
                sb.append(String.join(",", row)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void writeAtomically(Path target, String text) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".integra-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException(target + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
