package io.integra.core.robust;

import io.integra.core.codebook.LensKind;
import io.integra.core.assess.VerdictLabel;
import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import io.integra.core.codebook.Scale;
import io.integra.core.formula.FormulaParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "done when": a made-up case whose verdict changes when one named criterion moves one
 * scale step is ranked with that criterion first; a case that holds under every admissible
 * perturbation is 100 % robust. Both are checked against a brute-force enumeration written here,
 * which builds every perturbed case as objects and runs the plain {@link Assessor}.
 */
class VerdictRobustnessTest {
  static final LocalDate AT = LocalDate.of(2016, 6, 30);
  static final Scale FOUR = new Scale("four-value", "four", List.of(new Scale.Point(0, "out"), new Scale.Point(0.33, "more out"),
      new Scale.Point(0.67, "more in"), new Scale.Point(1, "in")));
  static final List<String> IDS = List.of("alpha", "beta", "gamma", "delta");

  static Codebook codebook() {
    List<Criterion> cs = IDS.stream().map(id -> new Criterion(id, id, "", Set.of(Role.ESSENTIAL_PLURALISTIC), null, "", null)).toList();
    List<Outcome> os = List.of(
        new Outcome("pluralistic", "pluralistic", "pluralistic", FormulaParser.parse("alpha * beta * gamma"), ""),
        new Outcome("readiness", "readiness", "amalgamation-readiness", FormulaParser.parse("alpha * beta * gamma * delta"), ""));
    Lens lens = new Lens("made-up", "made up", "", "", LensKind.SECURITY_COMMUNITY, cs, os, List.of(), List.of(), List.of());
    return new Codebook("test", "1", "", "", List.of(lens), List.of(), List.of(FOUR));
  }

  static Coding coding(String coder, Map<String, Double> scores) {
    List<CriterionCoding> ccs = new ArrayList<>();
    scores.forEach((k, v) -> ccs.add(new CriterionCoding(k, v, "because " + k,
        List.of(new Evidence("src", "p. 1", "quote on " + k, List.of())))));
    return new Coding("made-up", coder, LocalDate.of(2000, 1, 1), null, "four-value", "", ccs);
  }

  static IntegrationCase kase(List<Coding> codings) {
    List<Member> ms = List.of("AAA", "BBB", "CCC").stream()
        .map(m -> new Member(m, m, List.of(new Spell(LocalDate.of(1990, 1, 1), null, SpellStatus.MEMBER, "", List.of())), "", List.of())).toList();
    return new IntegrationCase("x", "X", "X", "", List.of(), null, ms, List.of(), List.of(), List.of(), codings);
  }

  static Map<String, Double> scores(double a, double b, double g, Double d) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("alpha", a);
    m.put("beta", b);
    m.put("gamma", g);
    if (d != null) m.put("delta", d);
    return m;
  }

  static VerdictDistribution run(Codebook cb, IntegrationCase c, RobustnessSpec spec) {
    Assessor assessor = new Assessor(cb);
    PerturbationSpace space = PerturbationSpace.of(assessor.compiled("made-up"), cb, c, AT, null, spec, Map.of());
    return VerdictRobustness.of(space, spec);
  }

  // ---- the independent brute force -------------------------------------------------------

  /** The admissible values of a coded score: itself and its neighbours one step away on the four-value scale. */
  static List<Double> neighbourhood(double x) {
    double[] p = {0, 0.33, 0.67, 1};
    int i = 0;
    while (Math.abs(p[i] - x) > 1e-9) i++;
    List<Double> out = new ArrayList<>(List.of(x));
    if (i > 0) out.add(p[i - 1]);
    if (i < 3) out.add(p[i + 1]);
    return out;
  }

  /** The verdict rule of docs/assessment.md with band half-width {@code b}, read off the plain assessment. */
  static String ruleWithBand(Assessment a, double b) {
    if (a.members().size() < 2) return "none";
    OutcomeResult pl = a.outcomeWithRole("pluralistic").orElseThrow();
    double lo = pl.membership().low(), hi = pl.membership().high();
    if (lo < 0.5 + b && hi > 0.5 - b) return "transition";
    if (lo >= 0.5 + b) return a.verdict().label() == VerdictLabel.AMALGAMATED ? "amalgamated" : "pluralistic";
    return "none";
  }

  record Brute(Map<String, Long> counts, Map<String, double[]> movedChanged, String base) { }

  /** Every combination of every criterion's admissible values (and every band): built as a case, assessed by the Assessor. */
  static Brute brute(Codebook cb, Map<String, Double> base, List<Double> bands) {
    Assessor assessor = new Assessor(cb);
    String baseLabel = assessor.assess(kase(List.of(coding("ana", base))), "made-up", AT, null).verdict().label().id();
    List<String> keys = new ArrayList<>(base.keySet());
    List<List<Double>> values = keys.stream().map(k -> neighbourhood(base.get(k))).toList();
    Map<String, Long> counts = new HashMap<>();
    Map<String, double[]> mc = new HashMap<>();
    int[] pos = new int[keys.size()];
    while (true) {
      Map<String, Double> s = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) s.put(keys.get(i), values.get(i).get(pos[i]));
      Assessment a = assessor.assess(kase(List.of(coding("ana", s))), "made-up", AT, null);
      assertThat(ruleWithBand(a, 0.1)).isEqualTo(a.verdict().label().id());
      for (double b : bands) {
        String label = ruleWithBand(a, b);
        counts.merge(label, 1L, Long::sum);
        for (int i = 0; i < keys.size(); i++) {
          if (pos[i] == 0) continue;
          double[] x = mc.computeIfAbsent(keys.get(i), k -> new double[2]);
          x[0]++;
          if (!label.equals(baseLabel)) x[1]++;
        }
      }
      int k = keys.size() - 1;
      while (k >= 0 && pos[k] == values.get(k).size() - 1) { pos[k] = 0; k--; }
      if (k < 0) break;
      pos[k]++;
    }
    return new Brute(counts, mc, baseLabel);
  }

  // ---- the tests ---------------------------------------------------------------------------

  @Test void namesTheCriterionOneStepFromFlippingFirst() {
    Codebook cb = codebook();
    // alpha at 0.67: one step down (0.33) drops the pluralistic outcome below the band -> none
    Map<String, Double> base = scores(0.67, 1.0, 1.0, 1.0);
    RobustnessSpec spec = RobustnessSpec.DEFAULT.withBands(List.of(0.1));
    VerdictDistribution r = run(cb, kase(List.of(coding("ana", base))), spec);
    Brute b = brute(cb, base, List.of(0.1));

    assertThat(r.label()).isEqualTo("pluralistic").isEqualTo(b.base());
    assertThat(r.exhaustive()).isTrue();
    assertThat(r.counts()).isEqualTo(b.counts());
    assertThat(r.evaluated()).isEqualTo(3L * 2 * 2 * 2);
    assertThat(r.influences().get(0).id()).isEqualTo("alpha");
    assertThat(r.influences().get(0).aloneLabels()).containsExactly("none");
    for (Influence i : r.influences()) {
      double[] x = b.movedChanged().get(i.id());
      assertThat(i.moved()).as(i.id()).isEqualTo((long) x[0]);
      assertThat(i.changed()).as(i.id()).isEqualTo((long) x[1]);
    }
    assertThat(r.share()).isLessThan(1.0);
    // delta feeds only the readiness outcome: alone it never moves the verdict (no common government),
    // and it ranks below every criterion of the pluralistic outcome
    Influence delta = r.influences().stream().filter(i -> i.id().equals("delta")).findFirst().orElseThrow();
    assertThat(delta.aloneLabels()).isEmpty();
    assertThat(delta.swing()).isZero();
    assertThat(r.influences().get(r.influences().size() - 1).id()).isEqualTo("delta");

    FlipSearch.Result flips = FlipSearch.of(PerturbationSpace.of(new Assessor(cb).compiled("made-up"), cb,
        kase(List.of(coding("ana", base))), AT, null, spec, Map.of()), spec);
    assertThat(flips.flips().get(0).changes()).extracting(Change::criterion).containsExactly("alpha");
    assertThat(flips.flips().get(0).steps()).isEqualTo(1);
    assertThat(flips.flips().get(0).changes().get(0).evidence()).extracting(Evidence::quote).containsExactly("quote on alpha");
    assertThat(flips.flips()).allSatisfy(f -> assertThat(f.size()).isEqualTo(1));
  }

  @Test void aCaseThatHoldsUnderEveryPerturbationIs100PercentRobust() {
    Codebook cb = codebook();
    Map<String, Double> base = scores(1.0, 1.0, 1.0, 0.33);
    List<Double> bands = List.of(0.05, 0.10, 0.15);
    VerdictDistribution r = run(cb, kase(List.of(coding("ana", base))), RobustnessSpec.DEFAULT.withBands(bands));
    Brute b = brute(cb, base, bands);

    assertThat(b.counts()).containsOnlyKeys("pluralistic");
    assertThat(r.counts()).isEqualTo(b.counts());
    assertThat(r.share()).isEqualTo(1.0);
    assertThat(r.settledShare()).isEqualTo(1.0);
    assertThat(r.evaluated()).isEqualTo(2L * 2 * 2 * 3 * 3);
    assertThat(r.influences()).allSatisfy(i -> assertThat(i.changed()).isZero());
  }

  @Test void bandsAreCountedAsTheRuleWithThatHalfWidthWouldCount() {
    Codebook cb = codebook();
    // pluralistic = 0.67: outside the 0.10 band, inside a 0.20 band
    Map<String, Double> base = scores(0.67, 0.67, 1.0, 1.0);
    List<Double> bands = List.of(0.05, 0.10, 0.2);
    VerdictDistribution r = run(cb, kase(List.of(coding("ana", base))), RobustnessSpec.DEFAULT.withBands(bands));
    assertThat(r.counts()).isEqualTo(brute(cb, base, bands).counts());
    assertThat(r.influences()).extracting(Influence::id).contains("band");
  }

  @Test void everyCodersScoreIsAnAdmissibleValue() {
    Codebook cb = codebook();
    IntegrationCase c = kase(List.of(coding("ana", scores(1.0, 1.0, 1.0, 1.0)), coding("ben", scores(0.0, 1.0, 1.0, 1.0))));
    RobustnessSpec spec = RobustnessSpec.DEFAULT.withBands(List.of(0.1));
    PerturbationSpace space = PerturbationSpace.of(new Assessor(cb).compiled("made-up"), cb, c, AT, null, spec, Map.of());
    CriterionSpace alpha = space.criteria().get(0);
    assertThat(alpha.alternatives()).extracting(Alternative::source).containsExactly("coded", "scale", "coder:ben");
    assertThat(alpha.alternatives().get(2).steps()).isEqualTo(3);
    // a coder's score equal to a scale neighbour is one value with both sources
    IntegrationCase c2 = kase(List.of(coding("ana", scores(1.0, 1.0, 1.0, 1.0)), coding("ben", scores(0.67, 1.0, 1.0, 1.0))));
    assertThat(PerturbationSpace.of(new Assessor(cb).compiled("made-up"), cb, c2, AT, null, spec, Map.of()).criteria().get(0)
        .alternatives()).extracting(Alternative::source).containsExactly("coded", "scale+coder:ben");
    VerdictDistribution r = VerdictRobustness.of(space, spec);
    // alpha in {1, 0.67, 0}: 0 gives none whatever the others -> one third of the space
    assertThat(r.shareOf("none")).isEqualTo(1.0 / 3);
  }

  @Test void uncodedCriteriaStayIntervalsOrTakeEveryPointOfTheScale() {
    Codebook cb = codebook();
    Map<String, Double> partial = new LinkedHashMap<>();
    partial.put("alpha", 1.0);
    partial.put("beta", 1.0);
    IntegrationCase c = kase(List.of(coding("ana", partial)));
    RobustnessSpec spec = RobustnessSpec.DEFAULT.withBands(List.of(0.1));
    VerdictDistribution interval = run(cb, c, spec);
    assertThat(interval.label()).isEqualTo(VerdictLabel.UNDETERMINED.id()); // the uncoded interval admits more than one verdict
    assertThat(interval.settledShare()).isLessThan(1.0);
    VerdictDistribution scale = run(cb, c, spec.withUncoded(UncodedMode.SCALE));
    // gamma takes 0, 0.33, 0.67, 1 and the rest are 1 or their neighbour 0.67 -> none for 0 and 0.33, pluralistic else
    assertThat(scale.shareOf("none")).isEqualTo(0.5);
    assertThat(scale.shareOf("pluralistic")).isEqualTo(0.5);
    assertThat(scale.settledShare()).isEqualTo(1.0);
  }

  @Test void samplingIsSeededAndReproducible() {
    Codebook cb = codebook();
    IntegrationCase c = kase(List.of(coding("ana", scores(0.67, 0.67, 0.67, 0.67))));
    RobustnessSpec spec = RobustnessSpec.DEFAULT.withExhaustiveLimit(10).withSamples(5_000).withSeed(42);
    VerdictDistribution a = run(cb, c, spec), b = run(cb, c, spec);
    assertThat(a.exhaustive()).isFalse();
    assertThat(a.seed()).isEqualTo(42L);
    assertThat(a.evaluated()).isEqualTo(5_000);
    assertThat(a.counts()).isEqualTo(b.counts());
    VerdictDistribution exact = run(cb, c, RobustnessSpec.DEFAULT);
    for (String label : exact.counts().keySet()) {
      assertThat(a.shareOf(label)).as(label).isCloseTo(exact.shareOf(label), org.assertj.core.data.Offset.offset(0.05));
    }
  }

  @Test void separationFindsTheCriteriaThatGiveOneCaseTheOthersVerdict() {
    Codebook cb = codebook();
    var cl = new Assessor(cb).compiled("made-up");
    RobustnessSpec spec = RobustnessSpec.DEFAULT;
    PerturbationSpace a = PerturbationSpace.of(cl, cb, kase(List.of(coding("ana", scores(0.33, 0.33, 1.0, 1.0)))), AT, null, spec, Map.of());
    PerturbationSpace b = PerturbationSpace.of(cl, cb, kase(List.of(coding("ana", scores(1.0, 1.0, 1.0, 0.0)))), AT, null, spec, Map.of());
    Separation s = Separation.of(a, b, spec);
    assertThat(s.labelA()).isEqualTo("none");
    assertThat(s.labelB()).isEqualTo("pluralistic");
    assertThat(s.differing()).containsExactly("alpha", "beta", "delta");
    assertThat(s.sets()).hasSize(1);
    assertThat(s.sets().get(0).changes()).extracting(Change::criterion).containsExactly("alpha", "beta");
    assertThat(s.reachable()).isTrue();
  }

  @Test void aMeasuredCriterionTakesTheMembershipOfEveryAnchorCombination() {
    Codebook cb = codebook();
    RobustnessSpec spec = new RobustnessSpec(0, 0.1, true, List.of(0.1), UncodedMode.INTERVAL, null,
        List.of(new AnchorRange("gamma", null, List.of(0.0), List.of(10.0, 20.0), List.of(40.0))), 65_536, 10, 1, 3, 12,
        List.of(0.8), List.of(0.0), List.of(1));
    IntegrationCase c = kase(List.of(coding("ana", scores(1.0, 1.0, 1.0, 1.0))));
    PerturbationSpace space = PerturbationSpace.of(new Assessor(cb).compiled("made-up"), cb, c, AT, null, spec, Map.of("gamma", 15.0));
    CriterionSpace gamma = space.criteria().get(2);
    // raw 15: above the crossover 10 (in), below the crossover 20 (out)
    assertThat(gamma.alternatives()).extracting(Alternative::source).containsExactly("coded", "anchor", "anchor");
    assertThat(gamma.alternatives().get(1).low()).isGreaterThan(0.5);
    assertThat(gamma.alternatives().get(2).low()).isLessThan(0.5);
    VerdictDistribution d = VerdictRobustness.of(space, spec);
    assertThat(d.evaluated()).isEqualTo(3);
    // without the raw value the anchors add nothing
    assertThat(PerturbationSpace.of(new Assessor(cb).compiled("made-up"), cb, c, AT, null, spec, Map.of()).criteria().get(2).varies()).isFalse();
  }

  @Test void anchorRangesGiveTheMembershipsOfEveryOrderedCombination() {
    AnchorRange r = new AnchorRange("flows", null, List.of(0.0, 1.0), List.of(2.0), List.of(4.0, 5.0)).withRaw(2.0);
    assertThat(r.memberships()).containsExactly(0.5);
    AnchorRange s = new AnchorRange("flows", 4.0, List.of(0.0), List.of(2.0, 3.0), List.of(4.0));
    // at the inclusion anchor every calibration gives 0.95 (R QCA's default inclusion degree): one value
    assertThat(s.memberships()).containsExactly(0.95);
    assertThat(AnchorRange.direct(0, 0, 2, 4)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(AnchorRange.direct(3, 0, 2, 4)).isCloseTo(1 / (1 + Math.exp(-Math.log(19) / 2)), org.assertj.core.data.Offset.offset(1e-12));
  }
}
