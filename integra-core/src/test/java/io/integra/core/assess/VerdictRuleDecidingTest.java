package io.integra.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.codebook.Lens;
import io.integra.core.codebook.LensKind;
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
    assertThat(VerdictRule.decidingRole(LensKind.SECURITY_COMMUNITY)).isEqualTo(VerdictRule.ROLE_PLURALISTIC);
    assertThat(VerdictRule.decidingRole(LensKind.INTERGOVERNMENTAL)).isEqualTo(VerdictRule.ROLE_LI_EXPLAINS);
    assertThat(VerdictRule.decidingRole(LensKind.OTHER)).isNull();
    assertThat(VerdictRule.decidingRole(null)).isNull();
  }

  /** A user's lens of another kind has no verdict and no deciding outcome, even with an outcome of role pluralistic. */
  @Test void aLensWithoutAVerdictRuleHasNoDecidingOutcome() {
    Outcome pl = new Outcome("p", "p", VerdictRule.ROLE_PLURALISTIC, FormulaParser.parse("0.5"), "");
    Lens other = new Lens("mine", "mine", "", "", LensKind.OTHER, List.of(), List.of(pl), List.of(), List.of(), List.of());
    assertThat(VerdictRule.decidingOutcome(other)).isEmpty();
    Lens security = new Lens("sc", "sc", "", "", LensKind.SECURITY_COMMUNITY, List.of(), List.of(pl), List.of(), List.of(), List.of());
    assertThat(VerdictRule.decidingOutcome(security)).contains(pl);
  }

  @Test void aLensWithoutAVerdictIsSettled() {
    assertThat(VerdictRule.settled((VerdictLabel) null)).isTrue();
    assertThat(VerdictRule.settled(VerdictLabel.TRANSITION)).isTrue();
  }

  @Test void fastPathAndSettlednessAgreeOnEveryInterval() {
    // undetermined <=> the deciding outcome's interval admits more than one verdict
    double[] grid = {0, 0.1, 0.33, 0.39, 0.4, 0.41, 0.5, 0.59, 0.6, 0.61, 0.67, 1};
    for (double lo : grid) {
      for (double hi : grid) {
        if (hi < lo) continue;
        VerdictLabel v = VerdictRule.verdict(LensKind.SECURITY_COMMUNITY, new double[] {lo}, new double[] {hi}, 0, -1, -1, 2, false);
        boolean admitsSeveral = classify(lo) != classify(hi);
        assertThat(v == VerdictLabel.UNDETERMINED).as("[%s, %s]", lo, hi).isEqualTo(admitsSeveral);
        VerdictLabel li = VerdictRule.verdict(LensKind.INTERGOVERNMENTAL, new double[] {lo}, new double[] {hi}, -1, -1, 0, 2, false);
        assertThat(li == VerdictLabel.UNDETERMINED).as("LI [%s, %s]", lo, hi).isEqualTo(admitsSeveral);
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
