package io.integra.cli.qca;

import io.integra.cli.CliException;
import io.integra.flows.csv.CsvRecords;
import io.integra.qca.data.QcaData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a QCA data set from CSV (RFC 4180, parsed by Jackson's CSV parser through {@link CsvRecords}: quoted
 * fields may hold commas, doubled quotes and line breaks): a header row (a byte order mark is dropped), then one
 * case per record; blank lines are skipped. A column named {@code case} holds the case labels; every other column
 * must be numeric. Errors name the file and the line the offending record starts on.
 */
final class CsvData {
    private CsvData() {}

    static QcaData read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (firstLine(text).isBlank()) throw new CliException(file + ":1: empty file, expected a header row");
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.parse(text);
        } catch (CsvRecords.CsvFormatException e) {
            throw new CliException(file + ":" + e.line() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<String> header = CsvRecords.withoutBom(rows.get(0).fields());
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
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.fields();
            if (cells.size() == 1 && cells.get(0).isBlank()) continue; // a blank line
            long lineNo = row.line();
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

    /** The first physical line (a header record must start there: a leading blank line is an error, as before). */
    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        return text.substring(0, end);
    }

    /** Quotes a CSV field when needed. */
    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
