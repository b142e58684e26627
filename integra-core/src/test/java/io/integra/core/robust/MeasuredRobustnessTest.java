package io.integra.core.robust;

import io.integra.core.assess.VerdictLabel;
import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.indicator.MeasuredMemberships;
import io.integra.core.indicator.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, source (c): a criterion whose membership is measured is perturbed over its calibration
 * anchors, starting from the membership the assessment uses. The made-up case of
 * {@link VerdictRobustnessTest} codes alpha, beta, delta and leaves gamma to a hand-built measured
 * value (raw 30 on anchors 5 / 20 / 50, Ragin's direct method: membership 0.727, so pluralistic).
 * A crossover range [20, 35] moves the verdict; the distribution is checked against an enumeration
 * written here (the anchor combinations calibrated by the formula below, each assessed by the plain
 * {@link Assessor} with that measured value).
 */
class MeasuredRobustnessTest {
  static final LocalDate AT = VerdictRobustnessTest.AT;
  static final double RAW = 30;

  static MeasuredMembership gamma(double membership) {
    return new MeasuredMembership("x", "made-up", "gamma", AT.getYear(), RAW, membership,
        new MeasuredMembership.Provenance("share", "made-up data", "2016", List.of("AAA", "BBB", "CCC"), 5, 20, 50, null, List.of()));
  }

  /** Ragin (2008, ch. 5) direct method, written out: log odds 0 at the crossover, ±log(19) at the outer anchors. */
  static double calibrate(double x, double e, double c, double i) {
    double lo = x >= c ? Math.log(19) * (x - c) / (i - c) : -Math.log(19) * (c - x) / (c - e);
    return 1 / (1 + Math.exp(-lo));
  }

  static IntegrationCase kase(Double gammaScore) {
    Map<String, Double> s = new LinkedHashMap<>();
    s.put("alpha", 1.0);
    s.put("beta", 1.0);
    if (gammaScore != null) s.put("gamma", gammaScore);
    s.put("delta", 1.0);
    return VerdictRobustnessTest.kase(List.of(VerdictRobustnessTest.coding("ana", s)));
  }

  /** Only the anchors vary: no scale steps, no coders, the rule's own band. */
  static RobustnessSpec anchorsOnly(List<AnchorRange> ranges) {
    RobustnessSpec d = RobustnessSpec.DEFAULT;
    return new RobustnessSpec(0, d.continuousStep(), false, List.of(0.10), d.uncoded(), null, ranges, d.exhaustiveLimit(),
        d.samples(), d.seed(), d.flipMaxSize(), d.flipMaxSets(), d.inclCuts(), d.priCuts(), d.nCuts());
  }

  @Test void aMeasuredCriterionStartsFromTheAssessmentAndItsAnchorRangeMovesTheVerdict() {
    Codebook cb = VerdictRobustnessTest.codebook();
    double m = calibrate(RAW, 5, 20, 50);
    Assessor assessor = new Assessor(cb, MeasuredMemberships.of(List.of(gamma(m))));
    IntegrationCase c = kase(null);
    Assessment a = assessor.assess(c, "made-up", AT, null);
    assertThat(a.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);

    List<Double> ex = List.of(5.0), cross = List.of(20.0, 28.0, 35.0), in = List.of(50.0);
    RobustnessSpec spec = anchorsOnly(List.of(new AnchorRange("gamma", null, ex, cross, in)));
    PerturbationSpace space = PerturbationSpace.of(assessor, c, "made-up", AT, null, spec);
    CriterionSpace g = space.criteria().stream().filter(s -> s.criterion().equals("gamma")).findFirst().orElseThrow();
    assertThat(g.base().source()).startsWith("measured");
    assertThat(g.base().low()).isEqualTo(m);
    assertThat(g.measured()).isNotNull();
    VerdictDistribution d = VerdictRobustness.of(space, spec);
    assertThat(d.label()).isEqualTo(a.verdict().label().id());

    // the independent enumeration: each anchor combination calibrated here and assessed by the Assessor
    Map<String, Long> expected = new HashMap<>();
    List<Double> seen = new ArrayList<>(List.of(Math.round(m * 1e6) / 1e6));
    expected.merge("pluralistic", 1L, Long::sum);
    for (double e : ex) for (double x : cross) for (double i : in) {
      double v = Math.round(calibrate(RAW, e, x, i) * 1e6) / 1e6;
      if (seen.contains(v)) continue;
      seen.add(v);
      String label = new Assessor(cb, MeasuredMemberships.of(List.of(gamma(v)))).assess(c, "made-up", AT, null).verdict().label().id();
      expected.merge(label, 1L, Long::sum);
    }
    assertThat(d.counts()).isEqualTo(expected);
    assertThat(expected).hasSizeGreaterThan(1); // the range does move the verdict
    assertThat(d.share()).isLessThan(1);
    assertThat(d.influences().get(0).id()).as(d.influences() + " " + space.criteria()).isEqualTo("gamma");

    FlipSearch.Result flips = FlipSearch.of(space, spec);
    assertThat(flips.flips()).isNotEmpty();
    // the flip search moves every criterion on its own scale; gamma's flip is its anchors, with its data
    Change ch = flips.flips().stream().filter(f -> f.size() == 1 && f.changes().get(0).criterion().equals("gamma"))
        .findFirst().orElseThrow().changes().get(0);
    assertThat(ch.measured()).isNotNull();
    assertThat(ch.measured().raw()).isEqualTo(RAW);
  }

  @Test void withoutARangeTheRecipeAnchorsAreShiftedByTheDefaultAndTheCodedOneStillDecides() {
    Codebook cb = VerdictRobustnessTest.codebook();
    double m = calibrate(RAW, 5, 20, 50);
    AnchorRange def = MeasuredAnchors.defaultRange(gamma(m));
    assertThat(def.crossover()).containsExactly(15.5, 20.0, 24.5); // 20 ± 0.1 · (50 − 5)
    RobustnessSpec spec = anchorsOnly(List.of());

    Assessor assessor = new Assessor(cb, MeasuredMemberships.of(List.of(gamma(m))));
    PerturbationSpace space = PerturbationSpace.of(assessor, kase(null), "made-up", AT, null, spec);
    CriterionSpace g = space.criteria().stream().filter(s -> s.criterion().equals("gamma")).findFirst().orElseThrow();
    assertThat(g.alternatives()).hasSize(distinct(m, def.withRaw(RAW).memberships()).size());
    assertThat(g.alternatives()).allSatisfy(x -> assertThat(x.source()).matches("measured(\\+anchor)?|anchor"));

    // coded and measured: the coded score decides by default, so the anchors are not perturbed
    PerturbationSpace coded = PerturbationSpace.of(assessor, kase(0.33), "made-up", AT, null, spec);
    CriterionSpace gc = coded.criteria().stream().filter(s -> s.criterion().equals("gamma")).findFirst().orElseThrow();
    assertThat(gc.base().source()).isEqualTo("coded");
    assertThat(gc.varies()).isFalse();
    // --prefer measured: the measured one decides and the coded score stays admissible
    Assessor preferring = new Assessor(cb, MeasuredMemberships.of(List.of(gamma(m))), Precedence.MEASURED);
    PerturbationSpace pm = PerturbationSpace.of(preferring, kase(0.33), "made-up", AT, null, spec);
    CriterionSpace gm = pm.criteria().stream().filter(s -> s.criterion().equals("gamma")).findFirst().orElseThrow();
    assertThat(gm.base().source()).startsWith("measured");
    assertThat(gm.alternatives()).anyMatch(x -> x.source().contains("coded") && x.low() == 0.33);
    assertThat(VerdictRobustness.of(pm, spec).label())
        .isEqualTo(preferring.assess(kase(0.33), "made-up", AT, null).verdict().label().id());
  }

  static List<Double> distinct(double first, List<Double> rest) {
    List<Double> out = new ArrayList<>(List.of(first));
    for (double v : rest) if (out.stream().noneMatch(o -> Math.abs(o - v) < 1e-6)) out.add(v);
    return out;
  }

  @Test void aScenarioThatChangesTheGroupLeavesItsMeasuredValuesUnknown() {
    Codebook cb = VerdictRobustnessTest.codebook();
    double m = calibrate(RAW, 5, 20, 50);
    CaseBase base = new CaseBase(cb, List.of(kase(null)), List.of());
    MeasuredMemberships measured = MeasuredMemberships.of(List.of(gamma(m)));
    Scenario joins = new Scenario("s", "t", "made up", List.of("made-up"), List.of(AT),
        List.of(new Scenario.Join("x", "DDD", "D", LocalDate.of(2016, 1, 1), null)));
    ScenarioComparison.Row r = ScenarioComparison.of(base, joins, RobustnessSpec.DEFAULT, measured, Precedence.CODED).get(0);
    assertThat(r.before()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(r.unmeasured()).containsExactly("gamma");
    assertThat(r.after()).isEqualTo(VerdictLabel.UNDETERMINED); // gamma unknown: the pluralistic outcome spans [0,1]
    // a join after 1 July of the year leaves that year's group, and its measurement, alone
    Scenario later = new Scenario("s", "t", "made up", List.of("made-up"), List.of(AT),
        List.of(new Scenario.Join("x", "DDD", "D", LocalDate.of(2016, 9, 1), null)));
    ScenarioComparison.Row r2 = ScenarioComparison.of(base, later, RobustnessSpec.DEFAULT, measured, Precedence.CODED).get(0);
    assertThat(r2.unmeasured()).isEmpty();
    assertThat(r2.after()).isEqualTo(VerdictLabel.PLURALISTIC);
  }
}
