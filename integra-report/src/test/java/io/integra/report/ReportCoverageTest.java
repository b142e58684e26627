package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.assess.CoverageTable;
import io.integra.report.export.ReportWriter;
import io.integra.report.model.CaseView;
import io.integra.report.model.ReportModel;
import io.integra.report.model.ReportModelBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's evidence coverage (heatmap data and coverage.csv) and its timelines past the date of
 * assessment, on the made-up fixture cases. harbour-league: founded 2003-05-20; deutsch-1957 coded
 * 2003-05-20 to 2011-12-31 (values, transactions) and from 2012 on (five criteria); XAC leaves on
 * 2016-07-01 and rejoins on 2020-02-01.
 */
class ReportCoverageTest {
  static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

  static ReportModel model() {
    return new ReportModelBuilder(Fixtures.fixtureOnly(), Fixtures.AT, List.of(), List.of()).until(TODAY).build();
  }

  @Test void coverageCountsTheCodedCriteriaOfEachYear() {
    ReportModel m = model();
    assertThat(m.coverage()).isNotNull();
    CoverageTable.CaseRow hl = m.coverage().lens("deutsch-1957").orElseThrow().caseRow("harbour-league").orElseThrow();
    assertThat(hl.years().get(0).year()).isEqualTo(2003);
    assertThat(hl.years().get(hl.years().size() - 1).year()).isEqualTo(2025);
    assertThat(hl.year(2005).orElseThrow().known()).isEqualTo(2);
    assertThat(hl.year(2005).orElseThrow().coded()).isEqualTo(2);
    assertThat(hl.year(2013).orElseThrow().known()).isEqualTo(5);
    // values, predictability (additional) and transactions; responsiveness and economic_decline are not background conditions
    assertThat(hl.year(2013).orElseThrow().conditionsKnown()).isEqualTo(3);
    assertThat(m.coverage().lens("liberal-intergovernmentalism").orElseThrow().conditions()).isEmpty();
  }

  @Test void timelinesRunPastTheDateOfAssessmentWithTheMembershipEvents() {
    CaseView hl = model().cases().stream().filter(c -> c.id().equals("harbour-league")).findFirst().orElseThrow();
    assertThat(hl.timeline().years()).startsWith(2003).endsWith(2025);
    assertThat(hl.timeline().events()).extracting(CaseView.Event::date).contains("2016-07-01", "2020-02-01");
    assertThat(hl.timeline().measuredEnds()).isEmpty(); // nothing is measured in the fixture
    // the date of assessment itself is unchanged
    assertThat(hl.members()).hasSize(4);
    // without until(), timelines stop at the date of assessment as before
    CaseView before = Fixtures.model().cases().stream().filter(c -> c.id().equals("harbour-league")).findFirst().orElseThrow();
    assertThat(before.timeline().years()).endsWith(2016);
  }

  @Test void coverageCsvHasARowPerLensCaseAndYear() {
    ReportModel m = model();
    Map<String, String> files = ReportWriter.files(m);
    String csv = files.get("coverage.csv");
    assertThat(csv).isNotNull();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("lens,case,year,criteria,known,coded,measured,both,conditions,conditions_known,coder");
    int cells = m.coverage().lenses().stream().mapToInt(l -> l.cases().stream().mapToInt(r -> r.years().size()).sum()).sum();
    assertThat(lines).hasSize(cells + 1);
    assertThat(lines).contains("deutsch-1957,harbour-league,2013,22,5,5,0,0,12,3,fixture");
    // the page's data leaves out the per-criterion basis (the CLI's JSON has it), and the section is there
    // (readings[].scores[].basis, coded or measured, is another field and stays: look at the coverage section only)
    assertThat(files.get("report.json")).contains("\"coverage\"");
    assertThat(coverageSection(files.get("report.json"))).doesNotContain("\"basis\"");
    assertThat(files.get("report.html")).contains("id=\"coverage\"").contains("data-chart=\"coverage\"");
  }

  private static String coverageSection(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("coverage").toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
