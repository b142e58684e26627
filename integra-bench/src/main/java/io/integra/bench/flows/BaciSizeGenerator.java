package io.integra.bench.flows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic file in BACI's layout ({@code t,i,j,k,v,q}, numeric country codes, products
 * as 6-digit HS codes, values in thousand US$) plus its {@code country_codes_SYNTH.csv}, for the
 * benchmarks. Deterministic (hash of the row number). Never commit the output: write it under
 * target/ or /tmp.
 *
 * <p>Usage: {@code BaciSizeGenerator DIR [ROWS]} (default 50,000,000 rows).
 */
public final class BaciSizeGenerator {
  private BaciSizeGenerator() { }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
    long rows = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 50_000_000L;
    Files.createDirectories(dir);
    Path codes = dir.resolve("country_codes_SYNTH.csv");
    Path data = dir.resolve("BACI_SYNTH_" + rows + ".csv");
    // 200 economies with ISO numeric codes, from the project's country table
    List<String[]> economies = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BaciSizeGenerator.class.getResourceAsStream("/io/integra/flows/countries.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null && economies.size() < 200) {
        String[] f = line.split(",", 4);
        if (f[0].matches("\\d{3}") && f[2].equals("economy") && f[1].matches("[A-Z]{3}")) economies.add(new String[] {f[0], f[1]});
      }
    }
    StringBuilder sb = new StringBuilder("country_code,country_name,country_iso2,country_iso3\n");
    for (String[] e : economies) sb.append(Integer.parseInt(e[0])).append(',').append(e[1]).append(",,").append(e[1]).append('\n');
    Files.writeString(codes, sb.toString());
    int n = economies.size();
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE c AS SELECT row_number() OVER () - 1 AS idx, country_code FROM read_csv('" + codes + "')");
      st.execute("COPY (SELECT 1995 + (r % 25) AS t, ci.country_code AS i, cj.country_code AS j, "
          + "lpad(CAST(hash(r * 3) % 5000 AS VARCHAR), 6, '0') AS k, round((hash(r * 31) % 1000000) / 1000.0, 3) AS v, "
          + "round((hash(r * 37) % 10000) / 10.0, 1) AS q FROM range(" + rows + ") AS g(r) "
          + "JOIN c ci ON ci.idx = hash(r * 17) % " + n + " "
          + "JOIN c cj ON cj.idx = (hash(r * 17) % " + n + " + 1 + hash(r * 13) % " + (n - 1) + ") % " + n
          + ") TO '" + data + "' (HEADER, DELIMITER ',')");
    }
    System.out.printf("wrote %,d rows to %s (%,d bytes) in %.1f s; country table %s (%d economies)%n", rows, data,
        Files.size(data), (System.nanoTime() - t0) / 1e9, codes, n);
  }
}
