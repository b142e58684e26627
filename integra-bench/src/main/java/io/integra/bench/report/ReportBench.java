package io.integra.bench.report;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.report.export.ReportWriter;
import io.integra.report.html.HtmlReport;
import io.integra.report.model.ReportModel;
import io.integra.report.model.ReportModelBuilder;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed harness for the report (prints figures; not a test).
 *
 * <ol>
 *   <li>End to end, JVM start included: runs {@code ./integra report} on the bundled cases
 *       {@code runs} times as a fresh process and prints each wall time, the median, minimum and
 *       maximum. Target: median under 5 s on the project's 2-core machine.</li>
 *   <li>In process, after warm-up: the median time of each phase (load the case base, assess and
 *       build the model, render the HTML, write the whole folder).</li>
 * </ol>
 * The system load average is printed beside the figures: other work on the machine slows the
 * launcher runs, and the figures should be read with it.
 *
 * <pre>
 * ./integra --version                               # builds the launcher's jar once
 * mvn -q -pl integra-bench -am package -DskipTests
 * java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' io.integra.bench.report.ReportBench [runs] [repo-root]
 * </pre>
 */
public final class ReportBench {
  private ReportBench() { }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
    LocalDate at = LocalDate.of(2016, 6, 30);
    Path tmp = Files.createTempDirectory("integra-report-bench-");
    System.out.printf(Locale.ROOT, "integra report benchmark: %d cores, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    Path launcher = root.resolve("integra");
    if (Files.isExecutable(launcher)) {
      List<Double> wall = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (int i = 0; i <= runs; i++) {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "report", "--at", at.toString(), "--out", tmp.resolve("cli").toString())
            .directory(root.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        double c0 = childrenCpuSeconds();
        long t0 = System.nanoTime();
        int rc = pb.start().waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        double c = childrenCpuSeconds() - c0;
        if (rc != 0) throw new IllegalStateException("./integra report exited with " + rc);
        if (i == 0) {
          System.out.printf(Locale.ROOT, "  first run (may build the jar): %.2f s%n", s);
          continue;
        }
        wall.add(s);
        cpu.add(c);
        System.out.printf(Locale.ROOT, "  run %d: %.2f s wall, %.2f s CPU%n", i, s, c);
      }
      System.out.printf(Locale.ROOT, "./integra report (bundled cases, JVM start included): median %.2f s, min %.2f s, max %.2f s over %d runs; "
              + "target < 5 s: %s; load average now %.2f%n",
          median(wall), wall.stream().mapToDouble(d -> d).min().orElse(0), wall.stream().mapToDouble(d -> d).max().orElse(0), wall.size(),
          median(wall) < 5 ? "met" : "NOT met", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf(Locale.ROOT, "  CPU time (user+sys, all threads) per run: median %.2f s; on an idle 2-core machine the wall time is at most about this%n",
          median(cpu));
    } else {
      System.out.println("  no launcher at " + launcher + " (pass the repository root as the second argument); skipping the end-to-end runs");
    }

    int rounds = Math.max(5, runs);
    double[] load = new double[rounds], model = new double[rounds], html = new double[rounds], write = new double[rounds];
    long bytes = 0;
    for (int i = 0; i < rounds + 3; i++) {
      long t0 = System.nanoTime();
      CaseBase base = CaseBaseLoader.load(List.of(), true);
      long t1 = System.nanoTime();
      // with the bundled measured memberships, as ./integra report uses them by default (docs/measured.md)
      ReportModel m = new ReportModelBuilder(base, at, List.of(), List.of())
          .measured(io.integra.casebase.measured.MeasuredLoader.forBase(base).values(), io.integra.core.indicator.Precedence.CODED).build();
      long t2 = System.nanoTime();
      String page = HtmlReport.render(m);
      long t3 = System.nanoTime();
      List<Path> files = ReportWriter.write(m, tmp.resolve("inproc"));
      long t4 = System.nanoTime();
      if (i < 3) continue; // warm-up
      int k = i - 3;
      load[k] = (t1 - t0) / 1e6;
      model[k] = (t2 - t1) / 1e6;
      html[k] = (t3 - t2) / 1e6;
      write[k] = (t4 - t3) / 1e6;
      bytes = 0;
      for (Path f : files) bytes += Files.size(f);
      if (page.isEmpty()) throw new IllegalStateException();
    }
    System.out.printf(Locale.ROOT, "in process, warm (median of %d): load %.1f ms, assess+model %.1f ms, render HTML %.1f ms, write folder %.1f ms (%d files, %.1f MiB)%n",
        rounds, median(load), median(model), median(html), median(write), new File(tmp.resolve("inproc").toString()).list().length, bytes / 1048576.0);
    deleteTree(tmp);
  }

  /** User+system CPU seconds of this process's waited-for children (Linux /proc/self/stat fields 16-17, in clock ticks). */
  static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command name, field 3 is index 0: cutime is field 16, cstime field 17
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  static double median(List<Double> xs) { return median(xs.stream().mapToDouble(d -> d).toArray()); }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static void deleteTree(Path p) throws Exception {
    try (var s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
