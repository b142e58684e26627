package io.integra.bench.measured;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.measured.MeasuredProduct;
import io.integra.core.cases.CaseBase;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.measure.Measurer;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speed harness for regenerating the measured memberships (docs/measured.md; prints figures, not a
 * test). Target of issue 10: every measured membership of the nine bundled cases from the shared
 * files in under 60 s on the project's 2-core machine.
 *
 * <ol>
 *   <li>In process, each round cold (a new DuckDB session, the files read again): wall and CPU time
 *       of the phases load + measure (all recipes, all cases, all years) and hashing the inputs.</li>
 *   <li>End to end, JVM start included: {@code ./integra measure --shared DIR --out TMP} as a fresh
 *       process, wall time per run.</li>
 * </ol>
 * The load average is printed beside: the machine is shared, so wall time can exceed CPU time.
 *
 * <pre>
 * mvn -q -pl integra-bench -am package -DskipTests
 * java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' io.integra.bench.measured.MeasureBench [rounds] [shared-dir] [repo-root]
 * </pre>
 */
public final class MeasureBench {
  private MeasureBench() { }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path shared = Path.of(args.length > 1 ? args[1] : "../shared");
    Path root = Path.of(args.length > 2 ? args[2] : ".");
    Path trade = shared.resolve("data/flows/imf-dots/dots_long.csv.gz");
    Path migration = shared.resolve("data/flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv");
    Path pwt = shared.resolve("data/pwt91/pwt91.csv.gz");
    CaseBase base = CaseBaseLoader.bundled();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "measured memberships: %d cases, inputs %.1f MB (DOTS) + %.1f MB (UN DESA) + %.1f MB (PWT), %d cores, load %.1f%n",
        base.cases().size(), Files.size(trade) / 1e6, Files.size(migration) / 1e6, Files.size(pwt) / 1e6,
        Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
    for (int r = 1; r <= rounds; r++) {
      long w0 = System.nanoTime(), c0 = os.getProcessCpuTime();
      int rows;
      try (Measurer m = new Measurer(new FlowSource(trade, FlowFormat.DOTS), new FlowSource(migration, FlowFormat.UNDESA), pwt, 2025)) {
        rows = m.measure(base.codebook(), base.cases()).values().size();
      }
      long w1 = System.nanoTime(), c1 = os.getProcessCpuTime();
      for (Path p : List.of(trade, migration, pwt)) MeasuredProduct.Input.of(p);
      long w2 = System.nanoTime(), c2 = os.getProcessCpuTime();
      System.out.printf(Locale.ROOT, "in process, round %d: load+measure %.2f s wall (%.2f s CPU, all threads), %d values; hash inputs %.2f s wall "
          + "(%.2f s CPU); load %.1f%n", r, (w1 - w0) / 1e9, (c1 - c0) / 1e9, rows, (w2 - w1) / 1e9, (c2 - c1) / 1e9, os.getSystemLoadAverage());
    }
    Path launcher = root.resolve("integra");
    if (!Files.isExecutable(launcher)) {
      System.out.println("end to end: skipped (no launcher at " + launcher + ")");
      return;
    }
    List<Double> walls = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      Path out = Files.createTempDirectory("integra-measure-bench");
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(launcher.toString(), "measure", "--shared", shared.toString(), "--out", out.toString())
          .directory(root.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      int status = p.waitFor();
      double s = (System.nanoTime() - t0) / 1e9;
      walls.add(s);
      System.out.printf(Locale.ROOT, "end to end, run %d: ./integra measure %.2f s wall (exit %d), load %.1f%n", r, s, status, os.getSystemLoadAverage());
      for (File f : out.toFile().listFiles()) f.delete();
      Files.delete(out);
    }
    walls.sort(null);
    System.out.printf(Locale.ROOT, "end to end: median %.2f s, min %.2f s, max %.2f s (target < 60 s)%n", walls.get(walls.size() / 2), walls.get(0),
        walls.get(walls.size() - 1));
  }
}
