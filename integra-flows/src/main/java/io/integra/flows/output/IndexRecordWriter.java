package io.integra.flows.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.integra.flows.index.IndexRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes tidy index records (group, year, index, origin, destination, value) as CSV, JSON or
 * Parquet, chosen by the file extension. Writes to a temporary file beside the target and renames
 * it, so a failure leaves nothing half-written. NaN values are written as empty / null.
 */
public final class IndexRecordWriter {
  private IndexRecordWriter() { }

  public static void write(List<IndexRecord> records, Path target) {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".integra-", ".tmp");
      if (name.endsWith(".csv")) {
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          writeCsv(records, w);
        }
      } else if (name.endsWith(".json")) {
        try (OutputStream os = Files.newOutputStream(tmp)) {
          writeJson(records, os);
        }
      } else if (name.endsWith(".parquet")) {
        Files.delete(tmp);
        writeParquet(records, tmp);
      } else {
        throw new IllegalArgumentException(target + ": unknown output type (expected .csv, .json or .parquet)");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  public static void writeCsv(List<IndexRecord> records, Writer w) throws IOException {
    w.write("group,year,index,origin,destination,value\n");
    for (IndexRecord r : records) {
      w.write(csv(r.group()) + "," + r.year() + "," + csv(r.index()) + "," + csv(r.origin()) + ","
          + csv(r.destination()) + "," + (Double.isNaN(r.value()) ? "" : Double.toString(r.value())) + "\n");
    }
  }

  public static void writeJson(List<IndexRecord> records, OutputStream os) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (IndexRecord r : records) {
        g.writeStartObject();
        g.writeStringField("group", r.group());
        g.writeNumberField("year", r.year());
        g.writeStringField("index", r.index());
        if (r.origin() != null) g.writeStringField("origin", r.origin());
        if (r.destination() != null) g.writeStringField("destination", r.destination());
        g.writeFieldName("value");
        if (Double.isNaN(r.value()) || Double.isInfinite(r.value())) g.writeNull(); else g.writeNumber(r.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  private static void writeParquet(List<IndexRecord> records, Path file) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE r (\"group\" VARCHAR, year INTEGER, \"index\" VARCHAR, origin VARCHAR, "
          + "destination VARCHAR, value DOUBLE)");
      try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("main", "r")) {
        for (IndexRecord r : records) {
          app.beginRow();
          app.append(r.group());
          app.append(r.year());
          app.append(r.index());
          if (r.origin() == null) app.appendNull(); else app.append(r.origin());
          if (r.destination() == null) app.appendNull(); else app.append(r.destination());
          if (Double.isNaN(r.value())) app.appendNull(); else app.append(r.value());
          app.endRow();
        }
      }
      st.execute("COPY r TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
    } catch (SQLException e) {
      throw new IOException("writing Parquet: " + e.getMessage(), e);
    }
  }

  private static String csv(String s) {
    if (s == null) return "";
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
    return s;
  }
}
