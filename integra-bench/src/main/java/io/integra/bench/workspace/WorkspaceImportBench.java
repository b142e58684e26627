package io.integra.bench.workspace;

import io.integra.core.cases.CaseBase;
import io.integra.storage.exchange.ReplicationPackage;
import io.integra.storage.jdbc.BundledData;
import io.integra.storage.testing.RandomCaseBases;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.Workspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Prints how long importing a replication package of 1,000 generated cases with 50 codings each
 * takes on SQLite and on PostgreSQL: reading and validating the package (the same validators as
 * {@code integra validate}), and the one-transaction write with its history entries.
 *
 * <p>Run: {@code mvn -q -pl integra-bench -am package -DskipTests} then
 * {@code java -cp "integra-bench/target/classes:$(cat cp.txt)" io.integra.bench.workspace.WorkspaceImportBench [cases] [codings] [pg-url]}
 * (see integra-bench/run-workspace-bench). The PostgreSQL URL defaults to $INTEGRA_TEST_PG_URL;
 * each run uses a new schema and drops it afterwards.
 */
public final class WorkspaceImportBench {
  private WorkspaceImportBench() { }

  public static void main(String[] args) throws Exception {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int codings = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    String pg = args.length > 2 ? args[2] : System.getenv("INTEGRA_TEST_PG_URL");

    CaseBase cb = new RandomCaseBases(42, BundledData.caseBase().codebook()).caseBase(cases, codings);
    Path dir = Files.createTempDirectory("integra-bench-");
    Path pkg = dir.resolve("package");
    Map<String, String> files = ReplicationPackage.files(cb, BundledData.codebookText());
    long bytes = 0;
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = pkg.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      bytes += f.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    int totalCodings = cb.cases().stream().mapToInt(c -> c.codings().size()).sum();
    int criteria = cb.cases().stream().flatMap(c -> c.codings().stream()).mapToInt(k -> k.criteria().size()).sum();
    System.out.printf(Locale.ROOT, "package: %d cases, %d codings, %d criterion scores, %d files, %.1f MB%n",
        cb.cases().size(), totalCodings, criteria, files.size(), bytes / 1e6);

    // warm-up on a small package so class loading and JIT do not count against the first store
    run("warm-up", Workspaces.openEmpty(dir.resolve("warm.db").toString()), smallPackage(dir));

    run("sqlite", Workspaces.openEmpty(dir.resolve("bench.db").toString()), pkg);
    if (pg == null || !pg.startsWith("jdbc:postgresql:")) {
      System.out.println("postgresql: skipped (no jdbc:postgresql: URL: pass one or set INTEGRA_TEST_PG_URL)");
    } else {
      String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      try {
        run("postgresql", Workspaces.openEmpty(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema), pkg);
      } finally {
        try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  private static Path smallPackage(Path dir) throws Exception {
    Path small = dir.resolve("small");
    CaseBase cb = new RandomCaseBases(7, BundledData.caseBase().codebook()).caseBase(50, 20);
    for (Map.Entry<String, String> f : ReplicationPackage.files(cb, BundledData.codebookText()).entrySet()) {
      Path p = small.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    return small;
  }

  private static void run(String label, Workspace ws, Path pkg) {
    try (ws) {
      long t0 = System.nanoTime();
      ReplicationPackage.Contents contents = ReplicationPackage.read(pkg);
      long t1 = System.nanoTime();
      ws.importCaseBase(contents.caseBase(), contents.codebookText(), new ChangeNote("bench", "benchmark import"));
      long t2 = System.nanoTime();
      int codings = ws.info().codings();
      if (!label.equals("warm-up")) {
        System.out.printf(Locale.ROOT, "%-10s read+validate %6.2f s   write (one transaction) %6.2f s   total %6.2f s   (%d codings stored)%n",
            label, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, codings);
      }
    }
  }
}
