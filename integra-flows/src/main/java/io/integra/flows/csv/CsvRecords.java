package io.integra.flows.csv;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a comma-separated file as RFC 4180 defines them (quoted fields may hold commas, doubled quotes
 * and line breaks), read by Jackson's CSV parser one record at a time (the file is never held in memory).
 * Each record carries the line it starts on, so that messages can name file:line even when a quoted field
 * spans lines. Fields are returned as written (no trimming); a byte order mark is left to the caller, which
 * knows whether the first record is a header.
 */
public final class CsvRecords implements Closeable {
  private static final CsvFactory FACTORY = new CsvFactory();

  /** One record: the line it starts on (1-based) and its fields. */
  public record Row(long line, List<String> fields) {}

  /** The input is not well-formed CSV; {@link #line()} is the line the offending record starts on. */
  public static final class CsvFormatException extends IOException {
    private final long line;

    CsvFormatException(long line, String message) {
      super(message);
      this.line = line;
    }

    public long line() { return line; }
  }

  private final CsvParser parser;
  private boolean started;

  private CsvRecords(CsvParser parser) {
    this.parser = parser;
  }

  /** Reads records from {@code in} (closed with this object). */
  public static CsvRecords of(Reader in) throws IOException {
    CsvParser p = FACTORY.createParser(in);
    // every record as an array of strings, without a schema (header rows are the caller's business)
    p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    return new CsvRecords(p);
  }

  /** All records of a text. */
  public static List<Row> parse(String text) throws IOException {
    List<Row> out = new ArrayList<>();
    try (CsvRecords r = of(new StringReader(text))) {
      for (Row row = r.next(); row != null; row = r.next()) out.add(row);
    }
    return out;
  }

  /**
   * The next record, or null at the end of the input. An empty line is a record with one empty field.
   *
   * @throws CsvFormatException when a quoted field is not closed before the end of the input
   */
  public Row next() throws IOException {
    long line = parser.currentLocation().getLineNr();
    List<String> fields = new ArrayList<>();
    JsonToken t;
    try {
      if (!started) {
        started = true;
        if (parser.nextToken() != JsonToken.START_ARRAY) return null; // the outer array of all records
      }
      t = parser.nextToken();
      if (t != JsonToken.START_ARRAY) return null;
      line = parser.currentLocation().getLineNr();
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) fields.add(parser.getText());
    } catch (JsonParseException e) {
      String m = e.getOriginalMessage();
      throw new CsvFormatException(line, m != null && m.startsWith("Missing closing quote") ? "unterminated quoted field" : m);
    }
    if (t != JsonToken.END_ARRAY) throw new CsvFormatException(line, "unexpected " + t + " in a record");
    return new Row(line, List.copyOf(fields));
  }

  /** The fields of a header record with a leading byte order mark (U+FEFF) removed from the first one. */
  public static List<String> withoutBom(List<String> header) {
    if (header.isEmpty() || !header.get(0).startsWith("\uFEFF")) return header;
    List<String> h = new ArrayList<>(header);
    h.set(0, h.get(0).substring(1));
    return h;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
