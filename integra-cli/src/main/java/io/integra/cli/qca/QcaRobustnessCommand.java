package io.integra.cli.qca;

import io.integra.casebase.robust.RobustnessReader;
import io.integra.cli.CliException;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.cli.qca.json.QcaRobustnessJson;
import io.integra.core.robust.RobustnessSpec;
import io.integra.qca.data.QcaData;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.robust.CalibrationRange;
import io.integra.qca.robust.QcaRobustness;
import io.integra.qca.robust.SweepResult;
import io.integra.qca.robust.TheoryEvaluation;
import io.integra.qca.truthtable.TruthTableOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code integra robustness qca}: the robustness test protocol of Oana &amp; Schneider (2024) on a
 * QCA solution (docs/robustness.md). Same data options as {@code qca minimize}; the initial setting
 * is the one given with --incl-cut/--n-cut/--pri-cut, the test settings every combination of the
 * swept ranges.
 */
@Command(name = "qca", mixinStandardHelpOptions = true,
    description = "Sweep incl.cut, pri.cut, n.cut and calibration anchors: each setting's solution, the robust core, ranges of "
        + "consistency and coverage, RF_cov, RF_cons, RF_SC (Oana & Schneider 2024), cases that change sides; --theory adds "
        + "theory evaluation (T*S, T*~S, ~T*S, ~T*~S).")
public final class QcaRobustnessCommand extends QcaDataCommand {
  @Option(names = "--include", paramLabel = "?|C", split = ",", description = "Don't-care outputs to include: ? (remainders, parsimonious solution), C.")
  List<String> include = new ArrayList<>();

  @Option(names = "--incl-cuts", paramLabel = "X,Y,...", split = ",", description = "incl.cut values swept (default: the robustness spec's, 0.75,0.8,0.85,0.9).")
  List<Double> inclCuts;

  @Option(names = "--n-cuts", paramLabel = "N,M,...", split = ",", description = "n.cut values swept (default: the spec's, 1,2).")
  List<Integer> nCuts;

  @Option(names = "--pri-cuts", paramLabel = "X,Y,...", split = ",", description = "pri.cut values swept (default: the spec's, 0).")
  List<Double> priCuts;

  @Option(names = "--calibrate", paramLabel = "SET=RAW:E1,E2/C1,C2/I1,I2",
      description = "Calibrate SET from raw column RAW with each ordered combination of the anchors (repeatable); the first values give the initial setting.")
  List<String> calibrate = new ArrayList<>();

  @Option(names = "--theory", paramLabel = "EXPR", description = "A theory expression (e.g. a lens formula, 'A*B + C') held against the initial solution.")
  String theory;

  @Option(names = "--theory-outcome", paramLabel = "OUTCOME",
      description = "With --lens: hold the formula of this outcome of the lens (e.g. pluralistic) against the initial solution.")
  String theoryOutcome;

  @Option(names = "--robustness", paramLabel = "FILE", description = "A robustness file whose 'qca' ranges are swept (docs/robustness.md).")
  Path file;

  @Override public void run() {
    RobustnessSpec rs = RobustnessSpec.DEFAULT;
    if (file != null) {
      try {
        rs = RobustnessReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), null);
      } catch (IOException e) {
        throw new CliException("cannot read robustness file " + file + ": " + e.getMessage());
      }
    }
    if (theory != null && theoryOutcome != null) throw new CliException("give either --theory or --theory-outcome, not both");
    if (theoryOutcome != null) theory = lensFormula();
    QcaData d = data.load();
    List<CalibrationRange> ranges = new ArrayList<>();
    for (String c : calibrate) ranges.add(range(c, d));
    for (CalibrationRange r : ranges) {
      if (!d.has(r.set())) d = d.with(r.set(), new double[d.size()]); // filled per setting
    }
    QcaData input = d;
    QcaRun.warnings(data, spec.commandLine().getErr());
    TruthTableOptions initial = data.ttOptions(input);
    MinimizeOptions mo = MinimizeOptions.conservative().withInclude(Set.copyOf(include));
    QcaRobustness.Input in = new QcaRobustness.Input(input, initial, mo,
        inclCuts != null ? inclCuts : rs.inclCuts(), priCuts != null ? priCuts : rs.priCuts(), nCuts != null ? nCuts : rs.nCuts(), ranges);
    for (double x : in.inclCuts()) if (x < 0 || x > 1) throw new CliException("--incl-cuts: " + x + " is not in [0,1]");
    for (double x : in.priCuts()) if (x < 0 || x > 1) throw new CliException("--pri-cuts: " + x + " is not in [0,1]");
    for (int x : in.nCuts()) if (x < 1) throw new CliException("--n-cuts: " + x + " is below 1");
    QcaRobustness.Result r = QcaRun.guard(() -> QcaRobustness.run(in));
    List<TheoryEvaluation.Region> regions = theory == null ? List.of() : QcaRun.guard(() -> TheoryEvaluation.of(theory,
        r.initial().solution(), calibratedInitial(in, r), outcome(in, r)));
    PrintWriter out = out();
    if (data.format == QcaFormat.json) out.println(Json.write(QcaRobustnessJson.of(r, regions)));
    else text(out, r, regions);
    out.flush();
  }

  /** The formula of a lens outcome as a theory expression (the codebook's formulas are data, thesis §2.2). */
  private String lensFormula() {
    if (data.caseBase.lens == null) throw new CliException("--theory-outcome needs the case base (--lens L --at DATE)");
    var lens = data.caseBase.source.load().codebook().lens(data.caseBase.lens)
        .orElseThrow(() -> new CliException("unknown lens '" + data.caseBase.lens + "'"));
    var o = lens.outcome(theoryOutcome).orElseThrow(() -> new CliException("lens '" + lens.id() + "' has no outcome '" + theoryOutcome
        + "'; its outcomes: " + String.join(", ", lens.outcomes().stream().map(x -> x.id()).toList())));
    return o.formula().text();
  }

  private static QcaData calibratedInitial(QcaRobustness.Input in, QcaRobustness.Result r) {
    QcaData d = in.data();
    for (CalibrationRange c : in.calibrations()) {
      double[] a = c.initial();
      d = d.with(c.set(), io.integra.qca.calibrate.Calibration.fuzzy(in.data().column(c.raw()), a[0], a[1], a[2],
          io.integra.qca.calibrate.Calibration.Options.DEFAULT));
    }
    return d;
  }

  private static double[] outcome(QcaRobustness.Input in, QcaRobustness.Result r) {
    QcaData d = calibratedInitial(in, r);
    String o = in.initial().outcome().trim();
    boolean neg = o.startsWith("~");
    double[] y = d.column(neg ? o.substring(1).trim() : o).clone();
    if (neg) for (int i = 0; i < y.length; i++) y[i] = 1 - y[i];
    return y;
  }

  static CalibrationRange range(String spec, QcaData d) {
    int eq = spec.indexOf('='), colon = spec.indexOf(':');
    if (eq < 1 || colon < eq + 2) throw new CliException("--calibrate \"" + spec + "\": expected SET=RAW:E1,E2/C1,C2/I1,I2");
    String set = spec.substring(0, eq).trim(), raw = spec.substring(eq + 1, colon).trim();
    if (!d.has(raw)) throw new CliException("--calibrate: raw column \"" + raw + "\" is not in the data (columns: " + String.join(", ", d.columns()) + ")");
    String[] parts = spec.substring(colon + 1).split("/");
    if (parts.length != 3) throw new CliException("--calibrate \"" + spec + "\": expected three anchor lists E/C/I separated by '/'");
    List<List<Double>> lists = new ArrayList<>();
    for (String p : parts) {
      List<Double> v = new ArrayList<>();
      for (String x : p.split(",")) {
        try {
          v.add(Double.parseDouble(x.trim()));
        } catch (NumberFormatException e) {
          throw new CliException("--calibrate \"" + spec + "\": \"" + x.trim() + "\" is not a number");
        }
      }
      lists.add(v);
    }
    CalibrationRange r = new CalibrationRange(raw, set, lists.get(0), lists.get(1), lists.get(2));
    if (r.combinations().isEmpty()) throw new CliException("--calibrate \"" + spec + "\": no combination is ordered (exclusion < crossover < inclusion, or the reverse)");
    double[] a = r.initial();
    if (!((a[0] < a[1] && a[1] < a[2]) || (a[0] > a[1] && a[1] > a[2]))) {
      throw new CliException("--calibrate \"" + spec + "\": the first anchors (the initial calibration) are not ordered");
    }
    return r;
  }

  private static String f(double x) { return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x); }

  static void text(PrintWriter out, QcaRobustness.Result r, List<TheoryEvaluation.Region> regions) {
    out.println("initial setting: " + r.initial().setting().label());
    out.println("  solution (M1): " + r.initial().solution() + (r.initial().models() > 1 ? "  (" + r.initial().models() + " models)" : ""));
    out.println("  consistency " + f(r.initial().consistency()) + ", coverage " + f(r.initial().coverage()));
    out.println("test settings: " + r.tests().size());
    out.printf(Locale.ROOT, "  %-28s %6s %6s  %s%n", "setting", "cons", "cov", "solution (M1)");
    for (SweepResult t : r.tests()) {
      String sol = t.solved() ? t.solution() : "none: " + t.error();
      out.printf(Locale.ROOT, "  %-28s %6s %6s  %s%n", Text.cut(t.setting().label(), 28), f(t.consistency()), f(t.coverage()),
          Text.cut(sol, 80 - 46));
    }
    out.println("robust core (terms in every solution): " + (r.robustCore().isEmpty() ? "none" : String.join(" + ", r.robustCore())));
    if (r.coreExpression() != null) Text.wrap("robust core (IS * every TS): " + r.coreExpression(), "  ", 80).forEach(out::println);
    out.println("solution consistency " + f(r.consistency()[0]) + " to " + f(r.consistency()[1])
        + ", coverage " + f(r.coverage()[0]) + " to " + f(r.coverage()[1]));
    out.println("robustness fit (Oana & Schneider 2024): RF_cov " + f(r.fit().rfCov()) + ", RF_cons " + f(r.fit().rfCons()));
    out.println("  RF_SC minTS " + f(r.fit().rfScMinTs()) + ", RF_SC maxTS " + f(r.fit().rfScMaxTs()));
    if (r.sideChanges().isEmpty()) out.println("no case changes sides");
    else {
      out.println("cases that change sides (IS, minTS, maxTS, outcome):");
      for (QcaRobustness.SideChange s : r.sideChanges()) {
        out.printf(Locale.ROOT, "  %-20s %-8s %5.2f %5.2f %5.2f %5.2f%n", Text.cut(s.caseId(), 20), s.kind(), s.initial(), s.minTs(), s.maxTs(), s.outcome());
      }
    }
    if (!regions.isEmpty()) {
      out.println("theory evaluation (T = theory, S = initial solution):");
      for (TheoryEvaluation.Region g : regions) {
        out.printf(Locale.ROOT, "  %-6s inclS %s covS %s  %s%n", g.name(), f(g.fit().inclS()), f(g.fit().covS()), Text.cut(g.expression(), 44));
        if (!g.casesInY().isEmpty()) Text.wrap("in Y: " + String.join(", ", g.casesInY()), "         ", 80).forEach(out::println);
        if (!g.casesNotInY().isEmpty()) Text.wrap("not in Y: " + String.join(", ", g.casesNotInY()), "         ", 80).forEach(out::println);
      }
    }
  }
}
