package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.qca.data.QcaData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a QCA data set from CSV (RFC 4180 quoting): a header row, then one case per row. A column named
 * {@code case} holds the case labels; every other column must be numeric. Errors name file and line.
 */
final class CsvData {
    private CsvData() {}

    static QcaData read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) throw new CliException(file + ":1: empty file, expected a header row");
        List<String> header = split(lines.get(0), file, 1);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1));
        int caseCol = header.indexOf("case");
        List<String> names = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).trim();
            if (c == caseCol) continue;
            if (h.isEmpty()) throw new CliException(file + ":1: column " + (c + 1) + " has no name");
            if (names.contains(h)) throw new CliException(file + ":1: duplicate column \"" + h + "\"");
            names.add(h);
        }
        List<String> cases = new ArrayList<>();
        List<List<Double>> cols = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) cols.add(new ArrayList<>());
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            int lineNo = i + 1;
            List<String> cells = split(lines.get(i), file, lineNo);
            if (cells.size() != header.size()) {
                throw new CliException(file + ":" + lineNo + ": " + cells.size() + " fields, expected " + header.size() + " (as in the header)");
            }
            int k = 0;
            for (int c = 0; c < cells.size(); c++) {
                if (c == caseCol) continue;
                String v = cells.get(c).trim();
                try {
                    cols.get(k).add(Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    throw new CliException(file + ":" + lineNo + ": column \"" + names.get(k) + "\": \"" + v + "\" is not a number");
                }
                k++;
            }
            cases.add(caseCol >= 0 ? cells.get(caseCol).trim() : String.valueOf(cases.size() + 1));
        }
        if (cases.isEmpty()) throw new CliException(file + ": no cases (only a header row)");
        List<double[]> vals = new ArrayList<>();
        for (List<Double> col : cols) vals.add(col.stream().mapToDouble(Double::doubleValue).toArray());
        return new QcaData(cases, names, vals);
    }

    static List<String> split(String line, Path file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else quoted = false;
                } else cur.append(ch);
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(ch);
        }
        if (quoted) throw new CliException(file + ":" + lineNo + ": unterminated quoted field");
        out.add(cur.toString());
        return out;
    }

    /** Quotes a CSV field when needed. */
    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
