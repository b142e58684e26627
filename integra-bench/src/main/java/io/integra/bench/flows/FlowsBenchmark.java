package io.integra.bench.flows;

import io.integra.flows.FlowAnalysis;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.duckdb.DuckDbEngine;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.Progress;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Printed-figure benchmark (not a test): rows/second of the flows pipeline (DuckDB engine: load,
 * normalise, aggregate, group indices) beside a plain DuckDB {@code GROUP BY} over the same file
 * in the same run, plus peak Java heap and peak resident memory (run it with -Xmx1g).
 *
 * <p>Usage: {@code FlowsBenchmark dots FILE | baci FILE [COUNTRIES]}.
 */
public final class FlowsBenchmark {
  private FlowsBenchmark() { }

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    Path file = Path.of(args[1]);
    FlowFormat fmt = FlowFormat.byId(kind).orElseThrow();
    String plain = fmt == FlowFormat.DOTS
        ? "SELECT count(*) FROM (SELECT year, reporter, partner, sum(value) FROM read_csv('" + file
            + "', header = true, types = {'year': 'INTEGER', 'value': 'DOUBLE'}, nullstr = ['', '..']) "
            + "WHERE flow = 'X_FOB' GROUP BY ALL)"
        : "SELECT count(*) FROM (SELECT t, i, j, sum(v) FROM read_csv('" + file
            + "', header = true, types = {'t': 'INTEGER', 'v': 'DOUBLE'}) GROUP BY ALL)";
    System.out.printf("file %s (%,d bytes), max heap %,d MB, %d processors%n", file, Files.size(file),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      long groups;
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
           ResultSet rs = st.executeQuery(plain)) {
        rs.next();
        groups = rs.getLong(1);
      }
      double plainS = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      long rows;
      int records;
      // phase marks from the engine's own progress reports: the scan ends when it reports "normalising"
      long[] normalising = {t1};
      Progress marks = (phase, fraction) -> {
        if (phase.equals("normalising")) normalising[0] = System.nanoTime();
      };
      long opened;
      try (FlowSession s = new DuckDbEngine().open(new FlowSource(file, fmt, args.length > 3 ? Path.of(args[3]) : null, null),
          marks)) {
        opened = System.nanoTime();
        rows = s.report().rows();
        List<String> group = fmt == FlowFormat.DOTS ? List.of("ARG", "BRA", "PRY", "URY")
            : List.of("ARG", "BRA", "PRY", "URY", "CHL", "BOL");
        var res = FlowAnalysis.indices(s, GroupSpec.ofCodes("bench", group), s.report().firstYear(), s.report().lastYear(),
            Arrays.stream(FlowIndex.values()).filter(i -> !i.isMigration()).toList(), new IndexCalculator());
        records = res.records().size();
      }
      long t2 = System.nanoTime();
      double oursS = (t2 - t1) / 1e9;
      System.out.printf("round %d: plain DuckDB GROUP BY: %,d input rows -> %,d groups in %.2f s = %,.0f rows/s%n", round,
          rows, groups, plainS, rows / plainS);
      System.out.printf("round %d: flows pipeline (load+normalise+aggregate+%d index records): %.2f s = %,.0f rows/s; "
          + "ratio to plain %.2f%n", round, records, oursS, rows / oursS, plainS / oursS);
      System.out.printf("round %d:   of which scan+aggregate %.2f s, names+normalise %.2f s, group query+indices %.2f s%n",
          round, (normalising[0] - t1) / 1e9, (opened - normalising[0]) / 1e9, (t2 - opened) / 1e9);
    }
    long heapPeak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) heapPeak += p.getPeakUsage().getUsed();
    }
    String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
        .findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
    System.out.printf("peak Java heap (sum of pool peaks) %,d MB; process peak resident (%s, includes DuckDB's native memory)%n",
        heapPeak >> 20, hwm);
  }
}
