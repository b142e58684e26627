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
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Column checks shared by all engines: reads a CSV header (plain or gzip) and picks, for each
 * role a format needs, the first of its accepted column names.
 */
public final class Columns {
  private final Path file;
  private final List<String> header;

  public Columns(Path file, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
  }

  public List<String> header() { return header; }

  /** Reads the first line of a CSV file. */
  public static Columns ofCsv(Path file) {
    if (!Files.isRegularFile(file)) throw new FlowDataException(file + ": no such file");
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
         CsvRecords r = CsvRecords.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
      CsvRecords.Row header = r.next();
      if (header == null) throw new FlowDataException(file + ":1: empty file, expected a header line");
      List<String> cols = new ArrayList<>();
      for (String c : CsvRecords.withoutBom(header.fields())) cols.add(c.strip());
      return new Columns(file, cols);
    } catch (CsvRecords.CsvFormatException e) {
      throw new FlowDataException(file + ":" + e.line() + ": " + e.getMessage());
    } catch (IOException e) {
      throw new FlowDataException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** The actual column name for a role, the first of {@code accepted} present (case-insensitive). */
  public Optional<String> find(String... accepted) {
    for (String a : accepted) {
      for (String h : header) if (h.equalsIgnoreCase(a)) return Optional.of(h);
    }
    return Optional.empty();
  }

  public String require(String role, String... accepted) {
    return find(accepted).orElseThrow(() -> new FlowDataException(file + ":1: missing column for " + role
        + " (expected " + (accepted.length == 1 ? "'" + accepted[0] + "'" : "one of " + String.join(", ", accepted))
        + "; found " + String.join(", ", header) + ")"));
  }

  /** Quotes an identifier for SQL (DuckDB and Spark SQL both accept double quotes / backticks). */
  public static String ident(String name, char quote) {
    return quote + name.replace(String.valueOf(quote), String.valueOf(quote) + quote) + quote;
  }

  public static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
