package io.integra.bench.robust;

import io.integra.qca.data.QcaData;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.robust.QcaRobustness;
import io.integra.qca.robust.SweepResult;
import io.integra.qca.truthtable.TruthTableOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speed harness for QCA robustness (prints figures; not a test). Issue 11's target: a sweep of 25
 * settings on a 10-condition, 300-case table in under 30 s. Two sweeps, parsimonious solutions,
 * outcome {@code OUT}, every other column a condition:
 * <ol>
 *   <li>the crisp table as given: incl.cut 0.6, 0.7, 0.8, 0.9, 1 times n.cut 1 to 5 (on a table
 *       where most configurations hold one case, n.cut of 2 and more leaves none: those settings
 *       are reported unsolved, as R QCA would stop);</li>
 *   <li>the same table, incl.cut 0.6, 0.7, 0.8, 0.9, 1 times pri.cut 0, 0.2, 0.4, 0.6, 0.8: every
 *       setting is solved (25 full minimisations).</li>
 * </ol>
 *
 * <pre>
 * mvn -q -pl integra-bench -am package -DskipTests
 * java -cp 'integra-bench/target/classes:integra-bench/target/lib/*' io.integra.bench.robust.QcaSweepBench \
 *     ../shared/reference/qca/perf/synthetic_k10_n300_seed10300.csv [rounds]
 * </pre>
 */
public final class QcaSweepBench {
  private QcaSweepBench() { }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/reference/qca/perf/synthetic_k10_n300_seed10300.csv");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    QcaData data = read(file);
    List<String> conditions = data.columns().stream().filter(c -> !c.equals("OUT")).toList();
    System.out.printf(Locale.ROOT, "JVM %s, %d processors; %s: %d conditions, %d cases%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), file.getFileName(), conditions.size(), data.size());
    TruthTableOptions initial = TruthTableOptions.of("OUT").conditions(conditions).inclCut(0.8);
    QcaRobustness.Input crisp = new QcaRobustness.Input(data, initial, MinimizeOptions.parsimonious(),
        List.of(0.6, 0.7, 0.8, 0.9, 1.0), List.of(), List.of(1, 2, 3, 4, 5), List.of());
    System.out.println("crisp table, incl.cut x n.cut:");
    sweep(crisp, rounds);
    QcaRobustness.Input pri = new QcaRobustness.Input(data, initial, MinimizeOptions.parsimonious(),
        List.of(0.6, 0.7, 0.8, 0.9, 1.0), List.of(0.0, 0.2, 0.4, 0.6, 0.8), List.of(1), List.of());
    System.out.println("incl.cut x pri.cut:");
    sweep(pri, rounds);
  }

  static void sweep(QcaRobustness.Input in, int rounds) {
    for (int r = 1; r <= rounds; r++) {
      long t0 = System.nanoTime();
      QcaRobustness.Result res = QcaRobustness.run(in);
      double s = (System.nanoTime() - t0) / 1e9;
      long solved = res.tests().stream().filter(SweepResult::solved).count();
      System.out.printf(Locale.ROOT, "round %d: %d settings (%d solved) in %.3f s; RF_cov %.3f RF_cons %.3f RF_SC(min) %.3f; core %s%n",
          r, res.tests().size() + 1, solved + 1, s, res.fit().rfCov(), res.fit().rfCons(), res.fit().rfScMinTs(),
          res.robustCore().isEmpty() ? "-" : String.join(" + ", res.robustCore()));
    }
  }

  static QcaData read(Path f) throws IOException {
    List<String> lines = Files.readAllLines(f);
    String[] header = lines.get(0).replace("\"", "").split(",");
    List<double[]> cols = new ArrayList<>();
    for (int c = 0; c < header.length; c++) cols.add(new double[lines.size() - 1]);
    List<String> cases = new ArrayList<>();
    for (int r = 1; r < lines.size(); r++) {
      String[] v = lines.get(r).split(",");
      for (int c = 0; c < header.length; c++) cols.get(c)[r - 1] = Double.parseDouble(v[c]);
      cases.add(Integer.toString(r));
    }
    return new QcaData(cases, List.of(header), cols);
  }
}
