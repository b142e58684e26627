package io.integra.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.integra.core.codebook.Criterion;
import io.integra.core.indicator.IndicatorReading;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.group.MembershipOverTimeTest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recipes calibrated against values computed by hand from the small DOTS-format fixture
 * (src/test/resources/indicators/dots-mini.csv): MERCOSUR members ARG, BRA, PRY, URY (VEN is a
 * member 2013-2016 but reports nothing there), exports 2015: ARG 10/2/3 to BRA/PRY/URY of 100 in
 * all; BRA 12/4/4 of 200; PRY 1/5/0 of 20; URY 2/3/1 of 30. 2014 halves the intra flows, 2016
 * raises BRA->ARG to 20.
 */
class IndicatorSeriesTest {
  static final Criterion.Indicator SHARE = new Criterion.Indicator("share", "trade", 5, 20, 50, "bundled anchors");
  static final Criterion.Indicator COMPENSATION = new Criterion.Indicator("clearing-s_multilateral", "trade", 0.33, 0.67, 0.9, "bundled anchors");
  static final double L = Math.log(19); // log odds of 0.95

  static Path fixture() {
    try {
      return Path.of(IndicatorSeriesTest.class.getResource("/indicators/dots-mini.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test void shareAndCompensationMatchTheHandComputation() {
    try (var svc = new IndicatorService(Map.of("trade", new FlowSource(fixture(), FlowFormat.DOTS)))) {
      List<IndicatorReading> s = svc.series(MembershipOverTimeTest.mercosurCase(), SHARE, 2013, 2016);
      assertThat(s).extracting(IndicatorReading::year).containsExactly(2013, 2014, 2015, 2016);
      // 2013 is before the file: missing with a reason, never 0
      assertThat(s.get(0).raw()).isNull();
      assertThat(s.get(0).membership()).isNull();
      assertThat(s.get(0).reason()).contains("2013").contains("2014-2016");
      // 2015: intra 15 + 20 + 6 + 6 = 47 of 350 -> 13.428571 %; below the crossover:
      // log odds = ln(19) * (13.428571 - 20) / (20 - 5) = -1.289945 -> 0.215862
      assertThat(s.get(2).raw()).isCloseTo(100 * 47.0 / 350, within(1e-9));
      assertThat(s.get(2).membership()).isCloseTo(0.21586217180719888, within(1e-12));
      assertThat(s.get(2).membership()).isCloseTo(1 / (1 + Math.exp(-L * (100 * 47.0 / 350 - 20) / 15)), within(1e-12));
      assertThat(s.get(1).raw()).isCloseTo(100 * 23.5 / 350, within(1e-9));
      assertThat(s.get(1).membership()).isCloseTo(0.06862969294660384, within(1e-12));
      assertThat(s.get(3).raw()).isCloseTo(100 * 55.0 / 350, within(1e-9));
      assertThat(s.get(3).membership()).isCloseTo(0.3012677368748649, within(1e-12));
      assertThat(s.get(2).source()).isEqualTo("dots-mini.csv (dots, X_FOB)");
      assertThat(s.get(2).notes()).contains("no outflow reported for member VEN");

      // net positions 2015: ARG 0, BRA +2, PRY -1, URY -1 -> M = 2, G = 47, 1 - M/G = 0.957447;
      // above the crossover: log odds = ln(19) * (0.957447 - 0.67) / (0.9 - 0.67) = 3.679872 -> 0.975394
      IndicatorReading c = svc.reading(MembershipOverTimeTest.mercosurCase(), COMPENSATION, 2015);
      assertThat(c.raw()).isCloseTo(1 - 2.0 / 47, within(1e-12));
      assertThat(c.membership()).isCloseTo(0.9753943982877259, within(1e-12));
    }
  }

  @Test void aFlowWithoutDataIsMissingWithTheHint() {
    try (var svc = new IndicatorService(Map.of("trade", new FlowSource(fixture(), FlowFormat.DOTS)),
        Map.of("migration", "give --migration-data FILE"), new io.integra.flows.duckdb.DuckDbEngine())) {
      var mig = new Criterion.Indicator("migrant-intensity", "migration", 1, 2, 10, null);
      IndicatorReading r = svc.reading(MembershipOverTimeTest.mercosurCase(), mig, 2015);
      assertThat(r.known()).isFalse();
      assertThat(r.reason()).isEqualTo("no data given for flow 'migration' (give --migration-data FILE)");
      assertThatThrownBy(() -> svc.reading(MembershipOverTimeTest.mercosurCase(), new Criterion.Indicator("balance", "trade", 0, 1, 2, null), 2015))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no group value");
      assertThatThrownBy(() -> svc.reading(MembershipOverTimeTest.mercosurCase(), new Criterion.Indicator("nope", "trade", 0, 1, 2, null), 2015))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown index 'nope'");
    }
  }
}
