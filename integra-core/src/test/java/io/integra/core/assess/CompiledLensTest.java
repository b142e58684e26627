package io.integra.core.assess;

import io.integra.core.codebook.LensKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import io.integra.core.formula.FormulaParser;
import io.integra.core.formula.Membership;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compiled fast path gives exactly the interval semantics of {@link io.integra.core.formula.Formula#evaluate}. */
class CompiledLensTest {
  private static final String[] FORMULAS = {
      "a * b * c", "a + b + d", "a * ~b + (c * 1)", "~(a + ~c) * d", "~~a + 0.5 * b", "a * unknown_id", "(a + b) * (c + d) * ~d"};

  private static Lens lens() {
    List<Criterion> cs = List.of("a", "b", "c", "d").stream()
        .map(id -> new Criterion(id, id, "", Set.of(Role.ESSENTIAL_PLURALISTIC), null, "", null)).toList();
    List<Outcome> os = new java.util.ArrayList<>();
    for (int i = 0; i < FORMULAS.length; i++) os.add(new Outcome("o" + i, "o" + i, "other", FormulaParser.parse(FORMULAS[i]), ""));
    return new Lens("test", "test", "", "", LensKind.OTHER, cs, os, List.of(), List.of(), List.of());
  }

  @Test void agreesWithTheReferenceEvaluatorOnRandomIntervals() {
    Lens lens = lens();
    CompiledLens cl = CompiledLens.compile(lens);
    Random rnd = new Random(1);
    double[] points = {0, 0.2, 0.33, 0.5, 0.67, 1};
    for (int trial = 0; trial < 2_000; trial++) {
      double[] lo = new double[4], hi = new double[4];
      Map<String, Membership> values = new HashMap<>();
      for (int i = 0; i < 4; i++) {
        int kind = rnd.nextInt(3);
        Membership m = kind == 0 ? Membership.UNKNOWN : Membership.of(points[rnd.nextInt(points.length)]);
        if (kind == 1) values.put(lens.criteria().get(i).id(), m);
        if (kind == 2) { m = Membership.of(points[rnd.nextInt(points.length)]); values.put(lens.criteria().get(i).id(), m); }
        lo[i] = kind == 0 ? 0 : m.low();
        hi[i] = kind == 0 ? 1 : m.high();
      }
      double[] ol = new double[FORMULAS.length], oh = new double[FORMULAS.length];
      cl.evaluate(lo, hi, ol, oh);
      for (int k = 0; k < FORMULAS.length; k++) {
        Membership expected = lens.outcomes().get(k).formula().evaluate(values);
        assertThat(new Membership(ol[k], oh[k])).as(FORMULAS[k] + " with " + values).isEqualTo(expected);
      }
    }
  }

  @Test void lensWithoutAVerdictRuleGivesNoVerdict() {
    CompiledLens cl = CompiledLens.compile(lens());
    double[] lo = new double[FORMULAS.length], hi = new double[FORMULAS.length];
    assertThat(cl.verdict(lo, hi, 5, false)).isNull();
  }
}
