package io.integra.qca.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.integra.qca.data.QcaData;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.truthtable.TruthTableOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QCA robustness on Lipset's fuzzy data (LF, shipped with R QCA; ../shared/reference/qca): the
 * robustness fit parameters are recomputed here by hand from the definitions of Oana &amp; Schneider
 * (2024) on memberships evaluated independently of the module; theory evaluation is checked against
 * R QCA's {@code modelFit(pLF, "DEV*STB")}.
 */
class QcaRobustnessTest {
  static final List<String> CONDITIONS = List.of("DEV", "URB", "LIT", "IND", "STB");

  static Path shared() {
    Path p = Path.of("..", "shared", "reference", "qca");
    return Files.isDirectory(p) ? p : Path.of("..", "..", "shared", "reference", "qca");
  }

  static QcaData csv(String name) throws IOException {
    List<String> lines = Files.readAllLines(shared().resolve("datasets/" + name + ".csv"));
    List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
    List<String> cases = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (int c = 1; c < header.size(); c++) cols.add(new double[lines.size() - 1]);
    for (int r = 1; r < lines.size(); r++) {
      String[] f = lines.get(r).replace("\"", "").split(",");
      cases.add(f[0]);
      for (int c = 1; c < f.length; c++) cols.get(c - 1)[r - 1] = Double.parseDouble(f[c]);
    }
    return new QcaData(cases, header.subList(1, header.size()), cols);
  }

  /** Membership in a sum of products written as "A*~B + C", read straight from the columns. */
  static double[] byHand(String solution, QcaData d) {
    double[] out = new double[d.size()];
    for (String term : solution.split("\\s*\\+\\s*")) {
      for (int i = 0; i < d.size(); i++) {
        double m = 1;
        for (String lit : term.split("\\*")) {
          boolean neg = lit.startsWith("~");
          double x = d.value(neg ? lit.substring(1) : lit, i);
          m = Math.min(m, neg ? 1 - x : x);
        }
        out[i] = Math.max(out[i], m);
      }
    }
    return out;
  }

  @Test void robustnessFitOfAnInclCutAndNCutSweepMatchesTheDefinitions() throws IOException {
    QcaData lf = csv("LF");
    TruthTableOptions initial = TruthTableOptions.of("SURV").conditions(CONDITIONS).inclCut(0.8);
    QcaRobustness.Result r = QcaRobustness.run(new QcaRobustness.Input(lf, initial, MinimizeOptions.parsimonious(),
        List.of(0.75, 0.8, 0.85, 0.9), List.of(), List.of(1, 2), List.of()));

    // the initial solution is R QCA's (vectors/LF/min_LF_parsimonious.json)
    assertThat(r.initial().solution()).isEqualTo("DEV*~IND + URB*STB");
    assertThat(r.tests()).hasSize(4 * 2 - 1);

    // by hand: IS, every solved TS, RC = IS * TS..., minTS, maxTS, then the paper's ratios
    double[] y = lf.column("SURV");
    double[] is = byHand(r.initial().solution(), lf);
    int n = y.length;
    double[] rc = is.clone(), min = null, max = null;
    for (SweepResult t : r.tests()) {
      if (!t.solved()) continue;
      double[] m = byHand(t.solution(), lf);
      if (min == null) { min = m.clone(); max = m.clone(); }
      for (int i = 0; i < n; i++) {
        rc[i] = Math.min(rc[i], m[i]);
        min[i] = Math.min(min[i], m[i]);
        max[i] = Math.max(max[i], m[i]);
      }
    }
    double isY = 0, rcY = 0, isS = 0, rcS = 0, a = 0, b = 0, c = 0, e = 0;
    for (int i = 0; i < n; i++) {
      isY += Math.min(is[i], y[i]); rcY += Math.min(rc[i], y[i]);
      isS += is[i]; rcS += rc[i];
      a += Math.min(is[i], min[i]); b += Math.max(is[i], min[i]);
      c += Math.min(is[i], max[i]); e += Math.max(is[i], max[i]);
    }
    double rfCov = rcY / isY;                       // coverage(RC) / coverage(IS): the sum of Y cancels
    double rfCons = (isY / isS) / (rcY / rcS);      // consistency(IS) / consistency(RC)
    assertThat(r.fit().rfCov()).isCloseTo(rfCov, within(1e-12));
    assertThat(r.fit().rfCons()).isCloseTo(rfCons, within(1e-12));
    assertThat(r.fit().rfScMinTs()).isCloseTo(a / b, within(1e-12));
    assertThat(r.fit().rfScMaxTs()).isCloseTo(c / e, within(1e-12));
    // a stricter cut-off changes the solution here, so the core is smaller than IS
    assertThat(r.tests().stream().filter(SweepResult::solved).map(SweepResult::solution).distinct().count()).isGreaterThan(1);
    assertThat(r.fit().rfCov()).isLessThan(1.0);
    assertThat(r.initial().terms()).containsAll(r.robustCore());
    // the core expression's membership is RC (every solution ANDed): Boolean simplification only drops contradictions
    double[] core = byHand(r.coreExpression().replace(" + ", "+").replace("+", " + "), lf);
    for (int i = 0; i < n; i++) assertThat(core[i]).isLessThanOrEqualTo(rc[i] + 1e-12);
    assertThat(r.consistency()[0]).isLessThanOrEqualTo(r.initial().consistency());
    assertThat(r.coverage()[1]).isGreaterThanOrEqualTo(r.initial().coverage());
    // shaky cases: in IS (> 0.5) and out of minTS
    for (QcaRobustness.SideChange s : r.sideChanges()) {
      int i = lf.cases().indexOf(s.caseId());
      if (s.kind().equals("shaky")) assertThat(Math.min(is[i], 1 - min[i])).isGreaterThan(0.5);
      else assertThat(Math.min(1 - is[i], max[i])).isGreaterThan(0.5);
    }
  }

  @Test void sameSettingEverywhereIsFullyRobust() throws IOException {
    QcaData lf = csv("LF");
    TruthTableOptions initial = TruthTableOptions.of("SURV").conditions(CONDITIONS).inclCut(0.8);
    QcaRobustness.Result r = QcaRobustness.run(new QcaRobustness.Input(lf, initial, MinimizeOptions.parsimonious(),
        List.of(0.8), List.of(), List.of(1), List.of()));
    assertThat(r.tests()).isEmpty();
    assertThat(r.fit().rfCov()).isEqualTo(1.0);
    assertThat(r.fit().rfCons()).isEqualTo(1.0);
    assertThat(r.fit().rfScMinTs()).isEqualTo(1.0);
    assertThat(r.robustCore()).containsExactly("DEV*~IND", "URB*STB");
    assertThat(r.coreExpression()).isEqualTo("DEV*~IND + STB*URB");
  }

  @Test void calibrationAnchorsAreSweptOnRawData() throws IOException {
    QcaData lr = csv("LR");
    QcaData lf = csv("LF");
    // the raw DEV column is re-calibrated; the other sets are taken from LF's calibrated columns
    QcaData d = lr;
    for (String c : List.of("URB", "LIT", "IND", "STB", "SURV")) d = d.with(c, lf.column(c));
    d = d.with("DEVRAW", lr.column("DEV"));
    CalibrationRange dev = new CalibrationRange("DEVRAW", "DEV", List.of(350.0, 400.0), List.of(550.0, 600.0), List.of(900.0));
    TruthTableOptions initial = TruthTableOptions.of("SURV").conditions(CONDITIONS).inclCut(0.8);
    QcaRobustness.Result r = QcaRobustness.run(new QcaRobustness.Input(d, initial, MinimizeOptions.parsimonious(),
        List.of(0.8), List.of(), List.of(1), List.of(dev)));
    assertThat(r.tests()).hasSize(2 * 2 - 1);
    assertThat(r.tests()).allSatisfy(t -> assertThat(t.setting().anchors()).containsKey("DEV"));
    assertThat(r.initial().setting().anchors().get("DEV")).containsExactly(350.0, 550.0, 900.0);
  }

  @Test void theoryExpressionsWithParenthesesAndNegatedGroups() {
    assertThat(TheoryEvaluation.write(TheoryEvaluation.parse("a * (b + c)"))).isEqualTo("a*b + a*c");
    assertThat(TheoryEvaluation.write(TheoryEvaluation.parse("~(a + b) * c"))).isEqualTo("~a*~b*c");
    assertThat(TheoryEvaluation.write(TheoryEvaluation.parse("a*~a + b"))).isEqualTo("b");
    assertThat(TheoryEvaluation.write(TheoryEvaluation.parse("a + a*b"))).isEqualTo("a");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TheoryEvaluation.parse("a * (b"))
        .isInstanceOf(io.integra.qca.QcaException.class).hasMessageContaining("missing ')'");
  }

  @Test void theoryEvaluationMatchesRQcaModelFit() throws IOException {
    QcaData lf = csv("LF");
    // R: modelFit(model = pLF, theory = "DEV*STB") (vectors/LF/modelFit_LF_pars.json)
    List<TheoryEvaluation.Region> rs = TheoryEvaluation.of("DEV*STB", "DEV*~IND + URB*STB", lf, lf.column("SURV"));
    assertThat(rs).extracting(TheoryEvaluation.Region::name).containsExactly("T*S", "T*~S", "~T*S", "~T*~S");
    double[][] expected = {{0.866, 0.660}, {0.709, 0.237}, {0.688, 0.191}, {0.234, 0.255}};
    // the regions R prints (model*theory, ~model*theory, model*~theory, ~model*~theory), literals in name order
    String[][] terms = {{"DEV*STB*URB", "DEV*~IND*STB"}, {"DEV*IND*STB*~URB"}, {"DEV*~IND*~STB", "~DEV*STB*URB"},
        {"~DEV*~URB", "~DEV*~STB", "IND*~STB"}};
    for (int k = 0; k < 4; k++) {
      assertThat(List.of(rs.get(k).expression().split(" \\+ "))).as(rs.get(k).name()).containsExactlyInAnyOrder(terms[k]);
    }
    for (int k = 0; k < 4; k++) {
      assertThat(rs.get(k).fit().inclS()).as(rs.get(k).name()).isCloseTo(expected[k][0], within(0.0006));
      assertThat(rs.get(k).fit().covS()).as(rs.get(k).name()).isCloseTo(expected[k][1], within(0.0006));
    }
  }
}
