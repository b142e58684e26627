package io.integra.casebase.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.core.robust.Change;
import io.integra.core.robust.Flip;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.Scenario;
import io.integra.core.robust.VerdictDistribution;
import io.integra.core.robust.VerdictRobustness;
import io.integra.core.vocabulary.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the bundled case base, every flip the search lists is checked independently: the changes are
 * applied to the case as a scenario (a recode from the date) and the plain {@link Assessor} must
 * give the flip's verdict, while every proper subset of the changes must leave the verdict alone.
 * And the assessment's own verdict is always among the counted ones, with the counts summing up.
 */
class BundledFlipsTest {
  static final LocalDate AT = LocalDate.of(2016, 6, 30);

  @Test void everyListedFlipFlipsAndIsMinimal() {
    CaseBase base = CaseBaseLoader.bundled();
    Assessor assessor = new Assessor(base.codebook());
    RobustnessSpec spec = RobustnessSpec.DEFAULT;
    int checked = 0;
    for (IntegrationCase c : base.cases()) {
      for (Lens l : base.codebook().lenses()) {
        if (c.codingAt(l.id(), AT, null).isEmpty()) continue;
        PerturbationSpace space = PerturbationSpace.of(assessor.compiled(l.id()), base.codebook(), c, AT, null, spec, Map.of());
        String verdict = Term.idOf(assessor.assess(c, l.id(), AT, null).verdict().label());
        VerdictDistribution d = VerdictRobustness.of(space, spec);
        assertThat(d.label()).isEqualTo(verdict == null ? "(no verdict)" : verdict);
        assertThat(d.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(d.evaluated());
        FlipSearch.Result r = FlipSearch.of(space, spec);
        for (Flip f : r.flips()) {
          assertThat(verdictAfter(base, assessor, c, l, f.changes())).as(c.id() + " " + l.id() + " " + f).isEqualTo(f.label());
          for (int skip = 0; skip < f.changes().size() && f.size() > 1; skip++) {
            List<Change> subset = new ArrayList<>(f.changes());
            subset.remove(skip);
            assertThat(verdictAfter(base, assessor, c, l, subset)).as("subset of " + f).isEqualTo(verdict);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  static String verdictAfter(CaseBase base, Assessor assessor, IntegrationCase c, Lens l, List<Change> changes) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Change ch : changes) scores.put(ch.criterion(), ch.toLow());
    Scenario s = new Scenario("check", null, null, List.of(l.id()), List.of(AT),
        List.of(new Scenario.Recode(c.id(), l.id(), AT, scores, "flip check")));
    IntegrationCase after = s.apply(base).find(c.id()).orElseThrow();
    return Term.idOf(assessor.assess(after, l.id(), AT, null).verdict().label());
  }
}
