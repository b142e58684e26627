package io.integra.casebase.readings;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.measured.MeasuredLoader;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Role;
import io.integra.core.indicator.MeasuredMemberships;
import io.integra.core.indicator.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The thesis's readings (model.md §6) at 2016-06-30 still hold with the bundled measured
 * memberships on, because the coded membership decides where both exist; where measured and
 * coded part is shown; and the fast path (CompiledCase, TimelineBuilder) agrees with assess.
 */
class ThesisReadingsWithMeasuredTest {
  private static final LocalDate MID_2016 = LocalDate.of(2016, 6, 30);
  private final CaseBase base = CaseBaseLoader.bundled();
  private final MeasuredMemberships measured = MeasuredLoader.forBase(base).values();
  private final Assessor assessor = new Assessor(base.codebook(), measured);
  private final Assessor codedOnly = new Assessor(base.codebook());

  private Assessment assess(String id, String lens) { return assessor.assess(base.find(id).orElseThrow(), lens, MID_2016, null); }

  @Test void euIsATightlyCoupledPluralisticCommunityWithEmuExplainedByLi() {
    Assessment eu = assess("eu", "deutsch-1957");
    ThesisReadingsTest.assertEuReading(eu, assess("eu", "liberal-intergovernmentalism"));
    assertThat(eu.criteria().stream().filter(CriterionResult::hasMeasured)).isNotEmpty();
  }

  @Test void albaUnderBuenVivirIsPluralisticWithAllNineEssentialConditions() {
    Assessment bv = assess("alba", "buen-vivir");
    assertThat(bv.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(bv.criteria().stream().filter(c -> c.has(Role.ESSENTIAL_AMALGAMATED))).hasSize(9)
        .allSatisfy(c -> assertThat(c.membership().low()).as(c.id()).isGreaterThanOrEqualTo(0.5));
    assertThat(assess("alba", "deutsch-1957").criterion("economic_growth").orElseThrow().membership().high()).isLessThan(0.5);
  }

  @Test void pacificAllianceSharesValuesWithoutPoliticalIntegration() {
    Assessment pa = assess("pacific-alliance", "deutsch-1957");
    assertThat(pa.criterion("values").orElseThrow().membership().low()).isGreaterThanOrEqualTo(0.5);
    assertThat(pa.dimensions().political().score()).isLessThan(0.5);
  }

  @Test void everyVerdictAtMid2016IsTheCodedOneWhereCodingsExist() {
    for (IntegrationCase c : base.cases()) {
      for (String lens : base.codebook().lensIds()) {
        Assessment coded = codedOnly.assess(c, lens, MID_2016, null);
        Assessment both = assessor.assess(c, lens, MID_2016, null);
        for (CriterionResult cr : both.criteria()) {
          if (cr.coded()) assertThat(cr.membership().value()).as(c.id() + " " + lens + " " + cr.id()).isEqualTo(cr.coding().score());
        }
        // a coded criterion keeps its score; only uncoded ones gain a measured value
        assertThat(both.criteria().stream().filter(CriterionResult::coded).map(x -> x.membership()).toList())
            .isEqualTo(coded.criteria().stream().filter(CriterionResult::coded).map(x -> x.membership()).toList());
      }
    }
  }

  /** Where data and coder part at mid-2016: reported, never silently resolved. */
  @Test void measuredAndCodedDisagreeWhereTheDataReadTheConditionDifferently() {
    Map<String, String> disagreements = new LinkedHashMap<>();
    for (IntegrationCase c : base.cases()) {
      for (String lens : base.codebook().lensIds()) {
        for (CriterionResult cr : assessor.assess(c, lens, MID_2016, null).criteria()) {
          if (cr.disagreement() != null) disagreements.put(c.id() + " " + lens + " " + cr.id(), cr.disagreement().kind());
        }
      }
    }
    // ALBA's coders read intra-group transactions as present (thesis §4.5.1.9, bartering and the SUCRE);
    // the intra-group export share of the DOTS data is far below the crossover (about 4 %)
    CriterionResult t = assess("alba", "buen-vivir").criterion("transactions").orElseThrow();
    assertThat(t.basis()).isEqualTo(CriterionResult.Basis.BOTH);
    assertThat(t.coding().score()).isGreaterThanOrEqualTo(0.5);
    assertThat(t.measured().membership()).isLessThan(0.5);
    assertThat(t.disagreement().kind()).isEqualTo("opposite-sides");
    assertThat(t.membership().value()).isEqualTo(t.coding().score()); // the coded one decides
    // with --prefer measured the measured one decides
    CriterionResult m = new Assessor(base.codebook(), measured, Precedence.MEASURED)
        .assess(base.find("alba").orElseThrow(), "buen-vivir", MID_2016, null).criterion("transactions").orElseThrow();
    assertThat(m.membership().value()).isEqualTo(m.measured().membership());
    assertThat(disagreements).containsKey("alba buen-vivir transactions");
  }

  /** The fast path (timelines, benchmarks) gives the same outcomes and verdicts as assess, measured values included. */
  @Test void timelinePointsEqualAssessEveryYear() {
    List<String> checked = new ArrayList<>();
    for (IntegrationCase c : base.cases()) {
      for (String lens : base.codebook().lensIds()) {
        Timeline t = assessor.timeline(c, lens, null, TimelineBuilder.firstYear(c), 2025, LocalDate.of(2025, 12, 31));
        for (Timeline.Point p : t.points()) {
          Assessment a = assessor.assess(c, lens, p.at(), null);
          assertThat(p.verdict()).as(c.id() + " " + lens + " " + p.at()).isEqualTo(a.verdict().label());
          for (OutcomeResult o : a.outcomes()) {
            assertThat(p.outcomes().get(o.id())).as(c.id() + " " + lens + " " + p.at() + " " + o.id()).isEqualTo(o.membership());
          }
          for (CriterionResult cr : a.criteria()) assertThat(p.basis().get(cr.id())).isEqualTo(cr.basis().id());
          checked.add(c.id());
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(300);
  }
}
