package io.integra.flows.duckdb;

import io.integra.flows.country.CountryTable;
import io.integra.flows.country.CountryTable.Entity;
import io.integra.flows.country.EntityKind;
import io.integra.flows.data.BaciCountryCodes;
import io.integra.flows.data.BadValueFinder;
import io.integra.flows.data.Columns;
import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.data.InputLayout;
import io.integra.flows.data.LoadReport;
import io.integra.flows.data.NameResolver;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.GroupYearAssembler;
import io.integra.flows.engine.GroupYearAssembler.Dyad;
import io.integra.flows.engine.GroupYearAssembler.Total;
import io.integra.flows.engine.Progress;
import io.integra.flows.index.GroupYear;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;

/**
 * One loaded file in an in-memory DuckDB database. Load = two steps:
 * <ol>
 *   <li>the heavy scan: {@code raw_agg} = flows summed per (year, origin name, destination name),
 *       with row and negative-value counts, straight from the file;</li>
 *   <li>the few hundred distinct names resolved in Java ({@link NameResolver}) and written to
 *       {@code name_map}, then the small totals {@code outflow} (X_i.), {@code inflow} (X_.j)
 *       and {@code world} (X_..) in one pass over {@code raw_agg}.</li>
 * </ol>
 * A group query reads its members' dyads from {@code raw_agg} through {@code name_map}.
 */
final class DuckDbSession implements FlowSession {
  private static final char Q = '"';
  private final Connection conn;
  private final LoadReport report;
  /** The file's names as resolved at load time. */
  private final Map<String, Entity> names;

  private DuckDbSession(Connection conn, LoadReport report, Map<String, Entity> names) {
    this.conn = conn;
    this.report = report;
    this.names = Map.copyOf(names);
  }

  static DuckDbSession open(FlowSource src, Progress progress) {
    Connection conn = null;
    try {
      conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement st = conn.createStatement()) {
        st.execute("SET preserve_insertion_order = false");
        st.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
        st.execute("SET enable_progress_bar = true");
        st.execute("SET enable_progress_bar_print = false");
        st.execute("SET temp_directory = " + lit(System.getProperty("java.io.tmpdir") + "/integra-duckdb"));
      }
      Columns cols = src.parquet() ? parquetColumns(conn, src.data()) : Columns.ofCsv(src.data());
      InputLayout layout = InputLayout.of(src, cols);
      String scan = scanSql(src, layout);
      String sql = "CREATE TABLE raw_agg AS SELECT year, o, d, sum(v) AS v, count(*) AS n, "
          + "count(*) FILTER (WHERE v < 0) AS neg, min(v) AS minv FROM (" + scan + ") GROUP BY year, o, d";
      try {
        runWithProgress(conn, sql, progress, "loading " + src.data().getFileName());
      } catch (SQLException e) {
        if (!src.parquet()) {
          BadValueFinder.find(src.data(), layout).ifPresent(m -> { throw new FlowDataException(m); });
        }
        throw new FlowDataException(src.data() + ": cannot read: " + firstLine(e.getMessage()));
      }
      List<String> names = new ArrayList<>();
      try (Statement st = conn.createStatement();
           ResultSet rs = st.executeQuery("SELECT CAST(o AS VARCHAR) FROM raw_agg UNION SELECT CAST(d AS VARCHAR) FROM raw_agg")) {
        while (rs.next()) names.add(rs.getString(1));
      }
      Map<String, Entity> map = NameResolver.resolve(src.data(), names, BaciCountryCodes.read(src), CountryTable.bundled());
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE name_map (name VARCHAR, iso3 VARCHAR, kind VARCHAR)");
      }
      try (DuckDBAppender app = conn.unwrap(DuckDBConnection.class).createAppender("main", "name_map")) {
        for (var e : map.entrySet()) {
          app.beginRow();
          app.append(e.getKey());
          app.append(e.getValue().iso3());
          app.append(e.getValue().kind().name());
          app.endRow();
        }
      }
      progress.update("normalising", -1);
      normalise(conn);
      LoadReport report = report(conn, src);
      progress.update("loaded", 1);
      return new DuckDbSession(conn, report, map);
    } catch (SQLException e) {
      close(conn);
      throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(conn);
      throw e;
    }
  }

  /** The heavy scan's source query: one row per input record, columns year, o, d, v. */
  static String scanSql(FlowSource src, InputLayout l) {
    String path = lit(src.data().toString());
    String nulls = "[" + InputLayout.NULL_TOKENS.stream().map(DuckDbSession::lit).collect(Collectors.joining(", ")) + "]";
    if (src.format() == FlowFormat.UNDESA) {
      String read = "read_csv(" + path + ", header = true, all_varchar = true)";
      String exclude = id(l.year()) + ", " + id(l.destination());
      return "SELECT CAST(" + id(l.year()) + " AS INTEGER) AS year, o, " + id(l.destination()) + " AS d, "
          + "CAST(val AS DOUBLE) AS v FROM (UNPIVOT (SELECT * FROM " + read + ") ON COLUMNS(* EXCLUDE (" + exclude
          + ")) INTO NAME o VALUE val) WHERE val NOT IN (" + nulls.substring(1, nulls.length() - 1) + ")";
    }
    String read;
    if (src.parquet()) {
      read = "read_parquet(" + path + ")";
    } else {
      StringBuilder types = new StringBuilder("{" + lit(l.year()) + ": 'INTEGER', " + lit(l.value()) + ": 'DOUBLE'");
      if (l.flow() != null) types.append(", ").append(lit(l.flow())).append(": 'VARCHAR'");
      for (String[] f : l.filters()) types.append(", ").append(lit(f[0])).append(": 'VARCHAR'");
      if (src.format() == FlowFormat.DOTS || src.format() == FlowFormat.COMTRADE || src.format() == FlowFormat.DYADIC) {
        types.append(", ").append(lit(l.origin())).append(": 'VARCHAR', ").append(lit(l.destination())).append(": 'VARCHAR'");
      }
      types.append("}");
      // BACI prints numbers only: no null tokens to test, which keeps the CSV scanner on its fast path
      read = "read_csv(" + path + ", header = true, types = " + types
          + (src.format() == FlowFormat.BACI ? "" : ", nullstr = " + nulls) + ")";
    }
    StringBuilder where = new StringBuilder(" WHERE " + id(l.value()) + " IS NOT NULL");
    if (l.flow() != null && l.flowValue() != null) {
      where.append(" AND CAST(").append(id(l.flow())).append(" AS VARCHAR) = ").append(lit(l.flowValue()));
    }
    for (String[] f : l.filters()) where.append(" AND CAST(").append(id(f[0])).append(" AS VARCHAR) = ").append(lit(f[1]));
    return "SELECT CAST(" + id(l.year()) + " AS INTEGER) AS year, " + id(l.origin()) + " AS o, " + id(l.destination())
        + " AS d, CAST(" + id(l.value()) + " AS DOUBLE) AS v FROM " + read + where;
  }

  /**
   * Member-independent totals; the rules are those of docs/flows.md ("Aggregates, world totals").
   * One pass over {@code raw_agg} joined to the few hundred resolved names computes both
   * {@code X_i.} and {@code X_.j} (two grouping sets), so no row-level normalised table is kept:
   * the dyads a group needs are read from {@code raw_agg} when the group is asked for
   * ({@link #groupYears}). Names that share one ISO3 code (a publisher's two spellings) are
   * summed together, as before; only the order of the additions is DuckDB's.
   */
  private static void normalise(Connection conn) throws SQLException {
    String whole = "('ECONOMY', 'HISTORICAL', 'UNSPECIFIED')";
    String[] sql = {
      // outflow X_i.: the reporter's row to the world when it prints one, else the sum over
      // economies, historical and unspecified partners; inflow X_.j: sum over reporting origins
      "CREATE TABLE totals AS SELECT r.year, mo.iso3 AS o, md.iso3 AS d, "
          + "coalesce(sum(r.v) FILTER (WHERE md.kind = 'WORLD'), "
          + "sum(r.v) FILTER (WHERE md.kind IN " + whole + " AND mo.iso3 <> md.iso3), 0) AS vout, "
          + "sum(r.v) FILTER (WHERE md.kind = 'ECONOMY' AND mo.iso3 <> md.iso3) AS vin "
          + "FROM raw_agg r JOIN name_map mo ON CAST(r.o AS VARCHAR) = mo.name "
          + "JOIN name_map md ON CAST(r.d AS VARCHAR) = md.name "
          + "WHERE mo.kind IN " + whole + " GROUP BY GROUPING SETS ((r.year, mo.iso3), (r.year, md.iso3))",
      "CREATE TABLE outflow AS SELECT year, o AS iso3, vout AS v FROM totals WHERE d IS NULL",
      "CREATE TABLE inflow AS SELECT year, d AS iso3, vin AS v FROM totals WHERE o IS NULL AND vin IS NOT NULL",
      "CREATE TABLE world AS SELECT year, sum(v) AS v FROM outflow GROUP BY year",
      "DROP TABLE totals",
    };
    try (Statement st = conn.createStatement()) {
      for (String s : sql) st.execute(s);
    }
  }

  private static LoadReport report(Connection conn, FlowSource src) throws SQLException {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT coalesce(sum(n), 0), coalesce(sum(neg), 0), min(year), max(year), "
             + "min(minv) FROM raw_agg")) {
      rs.next();
      long rows = rs.getLong(1);
      long neg = rs.getLong(2);
      if (rows == 0) throw new FlowDataException(src.data() + ": no data rows"
          + (src.flowOrDefault() != null ? " for flow '" + src.flowOrDefault() + "'" : ""));
      List<String> warnings = new ArrayList<>();
      if (neg > 0) {
        warnings.add(src.data().getFileName() + ": " + neg + " negative value" + (neg == 1 ? "" : "s")
            + " kept as published (smallest " + rs.getDouble(5) + ")");
      }
      return new LoadReport(rows, neg, rs.getInt(3), rs.getInt(4), warnings);
    }
  }

  @Override
  public LoadReport report() { return report; }

  @Override
  public Map<Integer, GroupYear> groupYears(SortedMap<Integer, List<String>> membersByYear) {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE OR REPLACE TABLE members (year INTEGER, iso3 VARCHAR)");
      try (DuckDBAppender app = conn.unwrap(DuckDBConnection.class).createAppender("main", "members")) {
        for (var e : membersByYear.entrySet()) {
          for (String iso : e.getValue()) {
            app.beginRow();
            app.append(e.getKey());
            app.append(iso);
            app.endRow();
          }
        }
      }
      List<Dyad> dyads = new ArrayList<>();
      // the members' dyads, economy to economy, straight from raw_agg: the join to the members'
      // few names keeps this a filter over raw_agg rather than a second normalised table; the
      // members' own spellings, known here from load time, are given as literals so DuckDB can
      // filter raw_agg in the scan before any join
      Set<String> memberIso = new HashSet<>();
      membersByYear.values().forEach(memberIso::addAll);
      String memberNames = names.entrySet().stream()
          .filter(e -> e.getValue().kind() == EntityKind.ECONOMY && memberIso.contains(e.getValue().iso3()))
          .map(e -> lit(e.getKey())).sorted().collect(Collectors.joining(", "));
      if (!memberNames.isEmpty()) {
        try (ResultSet rs = st.executeQuery("SELECT r.year, mo.iso3, md.iso3, sum(r.v) FROM raw_agg r "
            + "JOIN name_map mo ON CAST(r.o AS VARCHAR) = mo.name JOIN members m ON r.year = m.year AND mo.iso3 = m.iso3 "
            + "JOIN name_map md ON CAST(r.d AS VARCHAR) = md.name WHERE CAST(r.o AS VARCHAR) IN (" + memberNames + ") "
            + "AND mo.kind = 'ECONOMY' AND md.kind = 'ECONOMY' AND mo.iso3 <> md.iso3 GROUP BY r.year, mo.iso3, md.iso3")) {
          while (rs.next()) dyads.add(new Dyad(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
        }
      }
      List<Total> out = totals(st, "outflow");
      List<Total> in = totals(st, "inflow");
      Map<Integer, Double> world = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT w.year, w.v FROM world w WHERE w.year IN (SELECT year FROM members) "
          + "OR w.year BETWEEN " + membersByYear.firstKey() + " AND " + membersByYear.lastKey())) {
        while (rs.next()) world.put(rs.getInt(1), rs.getDouble(2));
      }
      return GroupYearAssembler.assemble(membersByYear, dyads, out, in, world);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
    }
  }

  private static List<Total> totals(Statement st, String table) throws SQLException {
    List<Total> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT t.year, t.iso3, t.v FROM " + table + " t JOIN members m "
        + "ON t.year = m.year AND t.iso3 = m.iso3")) {
      while (rs.next()) out.add(new Total(rs.getInt(1), rs.getString(2), rs.getDouble(3)));
    }
    return out;
  }

  /** Runs a long statement while a second thread reports DuckDB's query progress. */
  private static void runWithProgress(Connection conn, String sql, Progress progress, String phase) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      DuckDBPreparedStatement dps = ps.unwrap(DuckDBPreparedStatement.class);
      Thread poller = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            Thread.sleep(250);
            double p = dps.getQueryProgress().getPercentage();
            progress.update(phase, p < 0 ? -1 : p / 100.0);
          } catch (InterruptedException e) {
            return;
          } catch (Exception e) {
            // progress is best effort
          }
        }
      }, "duckdb-progress");
      poller.setDaemon(true);
      poller.start();
      try {
        ps.execute();
      } finally {
        poller.interrupt();
      }
    }
  }

  private static Columns parquetColumns(Connection conn, Path file) throws SQLException {
    if (!java.nio.file.Files.isRegularFile(file)) throw new FlowDataException(file + ": no such file");
    List<String> cols = new ArrayList<>();
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + lit(file.toString()) + ")")) {
      while (rs.next()) cols.add(rs.getString(1));
    } catch (SQLException e) {
      throw new FlowDataException(file + ": not a readable Parquet file (" + firstLine(e.getMessage()) + ")");
    }
    return new Columns(file, cols);
  }

  static String lit(String s) { return "'" + s.replace("'", "''") + "'"; }

  static String id(String s) { return Columns.ident(s, Q); }

  private static String firstLine(String s) {
    if (s == null) return "";
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  private static void close(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure
    }
  }

  @Override
  public void close() { close(conn); }
}
