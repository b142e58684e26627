package io.integra.casebase.readings;

import io.integra.core.assess.VerdictLabel;
import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deciding outcome and settledness are one rule in {@link VerdictRule}, read by the report's
 * timelines, the JSON and the web alike: checked here against the verdicts the assessor gives.
 */
class DecidingOutcomeTest {
  private static final Assessor ASSESSOR = new Assessor(Fixtures.BASE.codebook());
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate AT = LocalDate.of(2005, 6, 30);

  private static IntegrationCase made(String lens, double score, String... criteria) {
    List<Member> members = List.of(
        new Member("XAA", "A", List.of(new Spell(FROM, null, SpellStatus.MEMBER, null, null)), null, null),
        new Member("XBB", "B", List.of(new Spell(FROM, null, SpellStatus.MEMBER, null, null)), null, null));
    List<Coding> codings = criteria.length == 0 ? List.of() : List.of(new Coding(lens, "ana", FROM, null, "four-value", null,
        java.util.Arrays.stream(criteria).map(c -> new CriterionCoding(c, score, "made up", List.of())).toList()));
    return new IntegrationCase("made-up", "Made-up union", null, null, List.of(), null, members, List.of(), List.of(), List.of(), codings);
  }

  @Test void everyBundledLensWithAVerdictRuleHasItsDecidingOutcome() {
    for (Lens l : Fixtures.BASE.codebook().lenses()) {
      String role = VerdictRule.decidingRole(l.kind());
      if (role == null) {
        assertThat(VerdictRule.decidingOutcome(l)).as(l.id()).isEmpty();
      } else {
        assertThat(VerdictRule.decidingOutcome(l)).as(l.id()).hasValueSatisfying(o -> assertThat(o.role()).isEqualTo(role));
      }
    }
  }

  @Test void theDecidingOutcomeOfAnAssessmentPlacesItsVerdict() {
    String[] pluralistic = {"values", "responsiveness", "predictability"};
    Assessment held = ASSESSOR.assess(made("deutsch-1957", 1, pluralistic), "deutsch-1957", AT, null);
    assertThat(VerdictRule.decidingOutcome(held)).hasValueSatisfying(o -> {
      assertThat(o.role()).isEqualTo(VerdictRule.ROLE_PLURALISTIC);
      assertThat(o.membership().low()).isGreaterThanOrEqualTo(VerdictRule.CROSSOVER + VerdictRule.BAND);
    });
    assertThat(held.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(VerdictRule.settled(held)).isTrue();
    assertThat(VerdictRule.settled(held.verdict().label())).isTrue();

    Assessment nothing = ASSESSOR.assess(made("deutsch-1957", 1), "deutsch-1957", AT, null);
    assertThat(VerdictRule.decidingOutcome(nothing)).hasValueSatisfying(o -> assertThat(o.membership().isKnown()).isFalse());
    assertThat(nothing.verdict().label()).isEqualTo(VerdictLabel.UNDETERMINED);
    assertThat(VerdictRule.settled(nothing)).isFalse();
    assertThat(VerdictRule.settled(nothing.verdict().label())).isFalse();

    Assessment li = ASSESSOR.assess(made("liberal-intergovernmentalism", 1), "liberal-intergovernmentalism", AT, null);
    assertThat(VerdictRule.decidingOutcome(li)).hasValueSatisfying(o -> assertThat(o.role()).isEqualTo(VerdictRule.ROLE_LI_EXPLAINS));
  }
}
