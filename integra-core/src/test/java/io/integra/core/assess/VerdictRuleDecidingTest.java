package io.integra.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.formula.FormulaParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deciding outcome and settledness of {@link VerdictRule} on lenses built here (no codebook
 * file); the same rule against the assessor's verdicts with the bundled codebook is
 * integra-casebase's {@code io.integra.casebase.readings.DecidingOutcomeTest}.
 */
class VerdictRuleDecidingTest {
  @Test void theDecidingRoleFollowsTheLensKind() {
    assertThat(VerdictRule.decidingRole(Lens.KIND_SECURITY_COMMUNITY)).isEqualTo(VerdictRule.ROLE_PLURALISTIC);
    assertThat(VerdictRule.decidingRole(Lens.KIND_INTERGOVERNMENTAL)).isEqualTo(VerdictRule.ROLE_LI_EXPLAINS);
    assertThat(VerdictRule.decidingRole("other")).isNull();
    assertThat(VerdictRule.decidingRole(null)).isNull();
  }

  /** A user's lens of another kind has no verdict and no deciding outcome, even with an outcome of role pluralistic. */
  @Test void aLensWithoutAVerdictRuleHasNoDecidingOutcome() {
    Outcome pl = new Outcome("p", "p", VerdictRule.ROLE_PLURALISTIC, FormulaParser.parse("0.5"), "");
    Lens other = new Lens("mine", "mine", "", "", "other", List.of(), List.of(pl), List.of(), List.of(), List.of());
    assertThat(VerdictRule.decidingOutcome(other)).isEmpty();
    Lens security = new Lens("sc", "sc", "", "", Lens.KIND_SECURITY_COMMUNITY, List.of(), List.of(pl), List.of(), List.of(), List.of());
    assertThat(VerdictRule.decidingOutcome(security)).contains(pl);
  }

  @Test void aLensWithoutAVerdictIsSettled() {
    assertThat(VerdictRule.settled((String) null)).isTrue();
    assertThat(VerdictRule.settled(VerdictRule.TRANSITION)).isTrue();
  }

  @Test void fastPathAndSettlednessAgreeOnEveryInterval() {
    // undetermined <=> the deciding outcome's interval admits more than one verdict
    double[] grid = {0, 0.1, 0.33, 0.39, 0.4, 0.41, 0.5, 0.59, 0.6, 0.61, 0.67, 1};
    for (double lo : grid) {
      for (double hi : grid) {
        if (hi < lo) continue;
        int v = VerdictRule.verdict(VerdictRule.KIND_SECURITY, new double[] {lo}, new double[] {hi}, 0, -1, -1, 2, false);
        boolean admitsSeveral = classify(lo) != classify(hi);
        assertThat(v == VerdictRule.V_UNDETERMINED).as("[%s, %s]", lo, hi).isEqualTo(admitsSeveral);
        int li = VerdictRule.verdict(VerdictRule.KIND_LI, new double[] {lo}, new double[] {hi}, -1, -1, 0, 2, false);
        assertThat(li == VerdictRule.V_UNDETERMINED).as("LI [%s, %s]", lo, hi).isEqualTo(admitsSeveral);
      }
    }
  }

  /** -1 below the band, 0 inside, 1 at or above its top: the verdict a known value would get. */
  private static int classify(double x) {
    if (x >= VerdictRule.CROSSOVER + VerdictRule.BAND) return 1;
    if (x <= VerdictRule.CROSSOVER - VerdictRule.BAND) return -1;
    return 0;
  }
}
