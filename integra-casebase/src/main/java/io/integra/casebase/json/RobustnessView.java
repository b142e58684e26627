package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.core.robust.CriterionSpace;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.Influence;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.VerdictDistribution;
import java.util.ArrayList;
import java.util.List;

/**
 * How firm a verdict is (docs/robustness.md): the JSON of {@code integra robustness assess|compare|timeline
 * --format json} and of {@code /api/robustness}, one shape for both so that they cannot drift.
 * Fields are only ever added. {@code space} is absent where the perturbation space is not shown.
 */
public record RobustnessView(@JsonProperty("case") String caseId, String lens, String at, String verdict, String summary, double share,
                             double settledShare, double size, long evaluated, boolean exhaustive, Long seed, List<Count> verdicts,
                             OutcomeSpan outcome, List<Tornado> tornado, @JsonInclude(JsonInclude.Include.NON_NULL) Space space) {

  public record Count(String verdict, long count, double share) { }

  /** The deciding outcome's range over the space; null bounds when nothing was evaluated. */
  public record OutcomeSpan(String id, Double low, Double high) { }

  /** One criterion's (or parameter's) influence on the verdict. */
  public record Tornado(String id, String kind, int values, long moved, long changed, double share, double effect, double swing,
                        List<String> alone) {
    static Tornado of(Influence i) {
      return new Tornado(i.id(), i.kind(), i.values(), i.moved(), i.changed(), i.share(), i.effect(), i.swing(), i.aloneLabels());
    }
  }

  public record Space(double[] bands, int members, boolean commonGovernment, List<SpaceCriterion> criteria) { }

  public record SpaceCriterion(String criterion, String scale, List<Value> values, RobustMeasuredView measured) { }

  public record Value(double low, double high, String source, int steps) { }

  /** {@code integra robustness assess --format json} and {@code /api/robustness}: the distribution with its space, and the flips. */
  public record WithFlips(@JsonUnwrapped RobustnessView distribution, FlipsView flips) {
    public static WithFlips of(VerdictDistribution d, PerturbationSpace space, FlipSearch.Result flips) {
      return new WithFlips(RobustnessView.of(d, space), FlipsView.of(flips));
    }
  }

  public static RobustnessView of(VerdictDistribution d, PerturbationSpace space) {
    List<Count> counts = new ArrayList<>();
    // the share is the core's (VerdictDistribution.shareOf), not divided again here
    d.counts().forEach((k, v) -> counts.add(new Count(CoreLabels.verdict(k), v, d.shareOf(k))));
    return new RobustnessView(d.caseId(), d.lensId(), d.at().toString(), CoreLabels.verdict(d.label()), RobustnessText.summary(d),
        d.share(), d.settledShare(), d.size(), d.evaluated(), d.exhaustive(), d.seed(), counts,
        new OutcomeSpan(d.outcome(), Double.isNaN(d.outcomeLow()) ? null : d.outcomeLow(), Double.isNaN(d.outcomeHigh()) ? null : d.outcomeHigh()),
        d.influences().stream().map(Tornado::of).toList(), space == null ? null : space(space));
  }

  private static Space space(PerturbationSpace space) {
    List<SpaceCriterion> criteria = new ArrayList<>();
    for (CriterionSpace cs : space.criteria()) {
      criteria.add(new SpaceCriterion(cs.criterion(), cs.scale() == null ? null : cs.scale().id(),
          cs.alternatives().stream().map(a -> new Value(a.low(), a.high(), a.source(), a.steps())).toList(),
          RobustMeasuredView.of(cs.measured())));
    }
    return new Space(space.bands(), space.members(), space.commonGovernment(), criteria);
  }
}
