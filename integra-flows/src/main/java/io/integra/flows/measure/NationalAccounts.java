package io.integra.flows.measure;

import io.integra.flows.data.FlowDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Country-year national accounts from the Penn World Table 9.1 subset ({@code shared/data/pwt91},
 * Feenstra, Inklaar and Timmer 2015): real GDP at constant national prices ({@code rgdpna}, for
 * growth over time), expenditure-side real GDP at chained PPPs ({@code rgdpe}, for levels across
 * countries) and population ({@code pop}), as SOURCE.md advises. Read once with DuckDB; missing
 * cells stay missing (never 0).
 */
public final class NationalAccounts {
  /** The columns read. */
  public static final List<String> COLUMNS = List.of("isocode", "year", "rgdpna", "rgdpe", "pop");

  private final Map<String, Map<Integer, double[]>> rows; // iso3 -> year -> {rgdpna, rgdpe, pop} (NaN: missing)
  private final int firstYear, lastYear;
  private final String label;

  private NationalAccounts(Map<String, Map<Integer, double[]>> rows, int firstYear, int lastYear, String label) {
    this.rows = rows;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.label = label;
  }

  /** Loads the file (CSV, optionally gzip-compressed) with the columns {@link #COLUMNS}. */
  public static NationalAccounts load(Path file) {
    if (!Files.isRegularFile(file)) throw new FlowDataException(file + ": no such file");
    String src = "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, nullstr = '')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      List<String> found = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + src)) {
        while (rs.next()) found.add(rs.getString(1));
      }
      for (String col : COLUMNS) {
        if (!found.contains(col)) {
          throw new FlowDataException(file + ":1: missing column '" + col + "' (expected " + String.join(", ", COLUMNS)
              + "; found " + String.join(", ", found) + ")");
        }
      }
      Map<String, Map<Integer, double[]>> rows = new HashMap<>();
      int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
      try (ResultSet rs = st.executeQuery("SELECT isocode, CAST(year AS INTEGER), TRY_CAST(rgdpna AS DOUBLE), TRY_CAST(rgdpe AS DOUBLE), "
          + "TRY_CAST(pop AS DOUBLE) FROM " + src)) {
        while (rs.next()) {
          String iso = rs.getString(1);
          int y = rs.getInt(2);
          double[] v = {value(rs, 3), value(rs, 4), value(rs, 5)};
          rows.computeIfAbsent(iso, k -> new HashMap<>()).put(y, v);
          first = Math.min(first, y);
          last = Math.max(last, y);
        }
      }
      if (rows.isEmpty()) throw new FlowDataException(file + ": no rows");
      return new NationalAccounts(rows, first, last, file.getFileName() + " (Penn World Table 9.1)");
    } catch (SQLException e) {
      throw new FlowDataException(file + ": cannot read as CSV: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static double value(ResultSet rs, int i) throws SQLException {
    double d = rs.getDouble(i);
    return rs.wasNull() ? Double.NaN : d;
  }

  public int firstYear() { return firstYear; }

  public int lastYear() { return lastYear; }

  /** The data set as shown in provenance. */
  public String label() { return label; }

  /** Every country code in the file. */
  public Set<String> countries() { return new LinkedHashSet<>(rows.keySet()); }

  /** rgdpna of {@code iso3} in {@code year}, NaN when missing. */
  public double rgdpna(String iso3, int year) { return get(iso3, year, 0); }

  /** rgdpe of {@code iso3} in {@code year}, NaN when missing. */
  public double rgdpe(String iso3, int year) { return get(iso3, year, 1); }

  /** Population (millions) of {@code iso3} in {@code year}, NaN when missing. */
  public double pop(String iso3, int year) { return get(iso3, year, 2); }

  private double get(String iso3, int year, int k) {
    Map<Integer, double[]> m = rows.get(iso3);
    if (m == null) return Double.NaN;
    double[] v = m.get(year);
    return v == null ? Double.NaN : v[k];
  }
}
