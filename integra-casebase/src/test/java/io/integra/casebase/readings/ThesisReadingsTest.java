package io.integra.casebase.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.assess.Coupling;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.assess.VerdictRule;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The thesis's readings of its cases (model.md §6), reproduced by the engine from the bundled case
 * base. Each test is pending (skipped) while the bundled case it reads is absent.
 */
class ThesisReadingsTest {
  private static final LocalDate MID_2016 = LocalDate.of(2016, 6, 30);
  private final CaseBase base = CaseBaseLoader.bundled();
  private final Assessor assessor = new Assessor(base.codebook());

  private Assessment assess(String id, String lens) {
    assumeTrue(base.find(id).isPresent(), "pending on data: bundled case '" + id + "'");
    return assessor.assess(base.find(id).orElseThrow(), lens, MID_2016, null);
  }

  @Test void euIsATightlyCoupledPluralisticCommunityWithEmuExplainedByLi() {
    Assessment li = assess("eu", "liberal-intergovernmentalism");
    assertEuReading(assess("eu", "deutsch-1957"), li);
    assertThat(li.outcomeWithRole(VerdictRule.ROLE_LI_EXPLAINS).orElseThrow().membership().low()).isGreaterThanOrEqualTo(0.5);
  }

  /** The EU's reading (thesis §6, model.md §6): a tightly coupled pluralistic community at the EMU stage, explained by LI. */
  static void assertEuReading(Assessment deutsch, Assessment li) {
    assertThat(deutsch.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(deutsch.verdict().coupling()).isEqualTo(Coupling.TIGHT);
    assertThat(deutsch.dimensions().economic().stage()).isEqualTo("economic-monetary-union");
    assertThat(li.verdict().label()).isEqualTo(VerdictLabel.EXPLAINED);
  }

  @Test void albaUnderBuenVivirIsPluralisticWithAllNineEssentialConditions() {
    Assessment bv = assess("alba", "buen-vivir");
    assertThat(bv.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(bv.criteria().stream().filter(c -> c.has(Role.ESSENTIAL_AMALGAMATED))).hasSize(9)
        .allSatisfy(c -> assertThat(c.membership().low()).as(c.id()).isGreaterThanOrEqualTo(0.5));
    Assessment deutsch = assess("alba", "deutsch-1957");
    assertThat(deutsch.criterion("economic_growth").orElseThrow().membership().high()).isLessThan(0.5);
  }

  @Test void pacificAllianceSharesValuesWithoutPoliticalIntegrationAndStopsAtAFreeTradeArea() {
    Assessment pa = assess("pacific-alliance", "deutsch-1957");
    assertThat(pa.criterion("values").orElseThrow().membership().low()).isGreaterThanOrEqualTo(0.5);
    assertThat(pa.dimensions().political().score()).isLessThan(0.5);
    assertThat(pa.dimensions().economic().stage()).isEqualTo("free-trade-area");
  }

  @Test void aVerdictThatRestsOnUncodedCriteriaIsNotSettled() {
    IntegrationCase eu = base.find("eu").orElseThrow();
    assertThat(io.integra.core.assess.VerdictRule.settled(assessor.assess(eu, "deutsch-1957", LocalDate.of(2016, 6, 30), null))).isTrue();
    // after the thesis's period only what the fact sheet supports is coded (the UK's withdrawal:
    // responsiveness, predictability, economic expectations); values stay unknown, so the
    // deciding outcome admits more than one verdict: the evidence cannot decide (not "transition")
    Assessment later = assessor.assess(eu, "deutsch-1957", LocalDate.of(2020, 6, 30), null);
    assertThat(later.criterion("responsiveness").orElseThrow().membership().isKnown()).isTrue();
    assertThat(later.criterion("values").orElseThrow().membership().isKnown()).isFalse();
    assertThat(later.verdict().label()).isEqualTo(VerdictLabel.UNDETERMINED);
    assertThat(io.integra.core.assess.VerdictRule.settled(later)).isFalse();
    // between the thesis and the withdrawal agreement the fact sheet dates nothing: all unknown
    Assessment gap = assessor.assess(eu, "deutsch-1957", LocalDate.of(2018, 6, 30), null);
    assertThat(gap.criteria()).noneSatisfy(r -> assertThat(r.coded()).isTrue());
  }

  @Test void everyBundledCaseAssessesThroughEveryLensAndYear() {
    assumeTrue(!base.cases().isEmpty(), "pending on data: no bundled case");
    for (var c : base.cases()) {
      for (var lens : base.codebook().lensIds()) {
        Timeline t = assessor.timeline(c, lens, null, TimelineBuilder.firstYear(c), 2025, LocalDate.of(2025, 12, 31));
        assertThat(t.points()).isNotEmpty();
        assertThat(assessor.assess(c, lens, MID_2016, null).criteria()).isNotEmpty();
      }
    }
  }
}
