package io.integra.flows.data;

import io.integra.flows.csv.CsvRecords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * After an engine refused a CSV file, finds the first offending cell by streaming the file record
 * by record ({@link CsvRecords}, never holding it in memory), so the message can name file:line (where the
 * record starts), column and value.
 */
public final class BadValueFinder {
  private BadValueFinder() { }

  public static Optional<String> find(Path file, InputLayout layout) {
    List<String> numeric = new ArrayList<>();
    numeric.add(layout.year());
    if (layout.value() != null) numeric.add(layout.value());
    numeric.addAll(layout.wideColumns());
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
         CsvRecords r = CsvRecords.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16))) {
      CsvRecords.Row first = r.next();
      if (first == null) return Optional.empty();
      List<String> header = CsvRecords.withoutBom(first.fields()).stream().map(String::strip).toList();
      int[] idx = numeric.stream().mapToInt(header::indexOf).toArray();
      for (CsvRecords.Row row = r.next(); row != null; row = r.next()) {
        long lineNo = row.line();
        List<String> f = row.fields();
        if (f.size() != header.size()) {
          return Optional.of(file + ":" + lineNo + ": " + f.size() + " fields, expected " + header.size());
        }
        for (int k = 0; k < idx.length; k++) {
          if (idx[k] < 0) continue;
          String v = f.get(idx[k]).strip();
          boolean isYear = k == 0;
          if (!isYear && InputLayout.NULL_TOKENS.contains(v)) continue;
          if (!parses(v, isYear)) {
            return Optional.of(file + ":" + lineNo + ": column '" + header.get(idx[k]) + "': '" + v + "' is not "
                + (isYear ? "a year (integer)" : "a number"));
          }
        }
      }
    } catch (CsvRecords.CsvFormatException e) {
      return Optional.of(file + ":" + e.line() + ": " + e.getMessage());
    } catch (IOException e) {
      return Optional.of(file + ": cannot read (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  private static boolean parses(String v, boolean integer) {
    try {
      if (integer) Integer.parseInt(v); else Double.parseDouble(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
