package io.integra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.integra.report.export.ReportWriter;
import io.integra.report.model.IndicatorSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Indicator series in the report model, its JSON and CSV (values by hand in io.integra.flows.IndicatorSeriesTest). */
class ReportIndicatorsTest {
  static IndicatorSeries series(String caseId, String criterion) {
    return Fixtures.modelWithIndicators().indicators().stream()
        .filter(s -> s.caseId().equals(caseId) && s.criterion().equals(criterion)).findFirst().orElseThrow();
  }

  @Test void seriesFollowTheYearsWithHandComputedValues() {
    IndicatorSeries t = series("mercosur", "transactions");
    // both security-community lenses carry the same recipe: one series, one coded track per lens
    assertThat(t.lenses()).containsExactly("deutsch-1957", "buen-vivir");
    assertThat(t.coded()).hasSize(2);
    assertThat(t.index()).isEqualTo("share");
    assertThat(t.years().get(t.years().size() - 1)).isEqualTo(2016);
    int i15 = t.years().indexOf(2015);
    assertThat(t.raw().get(i15)).isCloseTo(100 * 47.0 / 350, within(1e-9));
    assertThat(t.membership().get(i15)).isCloseTo(0.21586217180719888, within(1e-12));
    assertThat(t.membership().get(t.years().indexOf(2016))).isCloseTo(0.3012677368748649, within(1e-12));
    // before the file: null with the reason, never 0
    int i13 = t.years().indexOf(2013);
    assertThat(t.raw().get(i13)).isNull();
    assertThat(t.membership().get(i13)).isNull();
    assertThat(t.reasons().get(i13)).contains("2014-2016");
    // mobility reads migration data, which were not given
    IndicatorSeries m = series("mercosur", "mobility");
    assertThat(m.anyValue()).isFalse();
    assertThat(m.distinctReasons()).singleElement().asString().contains("no data given for flow 'migration'");
    // LI's recipe is a series of its own
    assertThat(series("mercosur", "interstate_bargaining").lenses()).containsExactly("liberal-intergovernmentalism");
  }

  @Test void jsonAndCsvCarryTheSeriesOnlyWhenMeasured() {
    Map<String, String> plain = ReportWriter.files(Fixtures.model());
    assertThat(plain).doesNotContainKey("indicators.csv");
    assertThat(plain.get("report.json")).doesNotContain("\"indicators\"");
    assertThat(plain.get("report.html")).doesNotContain("data-chart=\"indicator\"");
    Map<String, String> with = ReportWriter.files(Fixtures.modelWithIndicators());
    assertThat(with.get("report.json")).contains("\"indicators\"");
    String csv = with.get("indicators.csv");
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("case,lens,criterion,index,flow,year,raw,membership,coded,reason,exclusion,crossover,inclusion,source");
    assertThat(csv.lines().filter(l -> l.startsWith("mercosur,deutsch-1957,transactions,share,trade,2015,")))
        .singleElement().asString().contains("13.428571428571").contains("0.2158621718071");
  }
}
