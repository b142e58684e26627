package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.report.html.Fmt;
import io.integra.report.model.CaseView;
import io.integra.report.model.ReportModel;
import io.integra.report.model.ReportModelBuilder;
import io.integra.report.tables.ReportTables;
import io.integra.report.tables.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's model on the made-up fixture organisations (a case base written by someone else, no code change). */
class ReportModelTest {
  static CaseView harbour(ReportModel m) { return m.cases().stream().filter(c -> c.id().equals("harbour-league")).findFirst().orElseThrow(); }

  @Test void uncodedCriteriaAreUnknownNotZero() {
    ReportModel m = Fixtures.model();
    CaseView.Reading r = harbour(m).reading("deutsch-1957");
    // coded 0 (economic_decline) stays 0; uncoded way_of_life is null
    assertThat(r.scores().stream().filter(s -> s.criterion().equals("economic_decline")).findFirst().orElseThrow().value()).isEqualTo(0.0);
    assertThat(r.scores().stream().filter(s -> s.criterion().equals("way_of_life")).findFirst().orElseThrow().value()).isNull();
    assertThat(Fmt.score(null)).isEqualTo("?");
    // the pluralistic outcome is known (values 1, responsiveness and predictability 0.67 in the 2012 coding)
    assertThat(Fmt.outcome(r.outcome("pluralistic"))).isEqualTo("0.67");
    // amalgamation readiness depends on uncoded conditions: an interval, not 0
    assertThat(Fmt.outcome(r.outcome("amalgamation_readiness"))).isEqualTo("0.00–0.67");
    assertThat(r.verdict()).isEqualTo("pluralistic");
    // a lens the case is not coded under: everything unknown
    CaseView.Reading li = harbour(m).reading("liberal-intergovernmentalism");
    assertThat(li.coded()).isZero();
    assertThat(Fmt.interval(li.fit())).isEqualTo("?");
    Table criteria = ReportTables.criteria(m);
    assertThat(criteria.rows()).anySatisfy(row -> assertThat(row).containsSequence("harbour-league", "deutsch-1957", "fixture", "way_of_life", "", "unknown"));
  }

  @Test void timelineHasMembershipEventsAndTheVerdictChange() {
    CaseView c = harbour(Fixtures.model());
    assertThat(c.timeline().events()).extracting(CaseView.Event::iso3, CaseView.Event::kind).contains(
        org.assertj.core.groups.Tuple.tuple("XAB", "suspended"), org.assertj.core.groups.Tuple.tuple("XAB", "reinstated"),
        org.assertj.core.groups.Tuple.tuple("XAC", "joined"), org.assertj.core.groups.Tuple.tuple("XAD", "joined"));
    // events after the date of assessment (2016-06-30) are left out: XAC leaves on 2016-07-01
    assertThat(c.timeline().events()).noneMatch(e -> e.iso3().equals("XAC") && e.kind().equals("left"));
    // 30 June samples: 2011 had 3 full members (XAB suspended), 2014 had 4
    int y2011 = c.timeline().years().indexOf(2011), y2014 = c.timeline().years().indexOf(2014);
    assertThat(c.timeline().members().get(y2011)).isEqualTo(3);
    assertThat(c.timeline().members().get(y2014)).isEqualTo(4);
    assertThat(c.timeline().marks()).anySatisfy(k -> {
      assertThat(k.kind()).isEqualTo("verdict");
      assertThat(k.year()).isEqualTo(2012);
      assertThat(k.text()).contains("pluralistic");
    });
  }

  @Test void filtersAndUnknownIds() {
    ReportModel m = new ReportModelBuilder(Fixtures.withBundled(), Fixtures.AT, List.of("buen-vivir"), List.of("tidewater")).build();
    assertThat(m.lenses()).extracting(l -> l.id()).containsExactly("buen-vivir");
    assertThat(m.cases()).extracting(CaseView::id).containsExactly("tidewater");
    assertThat(m.bibliography()).extracting(s -> s.key()).containsExactly("tide-survey");
    assertThatThrownBy(() -> new ReportModelBuilder(Fixtures.withBundled(), Fixtures.AT, List.of("nope"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown lens 'nope'").hasMessageContaining("buen-vivir");
    assertThatThrownBy(() -> new ReportModelBuilder(Fixtures.withBundled(), Fixtures.AT, List.of(), List.of("nope")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown case 'nope'").hasMessageContaining("harbour-league");
  }

  @Test void objectiveMatrixJoinsThesisLinksAndCaseEvidence() {
    ReportModel m = Fixtures.model();
    var cell = m.objectives().cell(11, "transactions");
    assertThat(cell).isNotNull();
    assertThat(cell.discussion()).isTrue();  // model.md §3.1: transactions -> 11 in the discussion
    assertThat(cell.analysis()).isFalse();
    assertThat(cell.cases()).contains("harbour-league");
  }

  @Test void aNoticeWhenNoCodingHoldsAtTheDate() {
    ReportModel m = new ReportModelBuilder(Fixtures.fixtureOnly(), java.time.LocalDate.of(2000, 1, 1), List.of(), List.of()).build();
    assertThat(m.meta().notes()).singleElement().asString().contains("1 of 2 cases have no coding in force at 2000-01-01");
  }
}
