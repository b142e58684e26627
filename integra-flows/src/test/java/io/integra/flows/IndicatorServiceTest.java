package io.integra.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.integra.core.codebook.Criterion;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.group.MembershipOverTimeTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorServiceTest {
  @Test
  void rawValueAndCalibratedMembership() {
    var trade = new FlowSource(SharedData.dots(), FlowFormat.DOTS);
    var migration = new FlowSource(SharedData.undesa(), FlowFormat.UNDESA);
    try (var svc = new IndicatorService(Map.of("trade", trade, "migration", migration))) {
      // anchors chosen for the test: 5 % none, 13.53 % crossover, 40 % full
      var share = new Criterion.Indicator("share", "trade", 5, 13.53, 40, "test anchors");
      var m = svc.measure(MembershipOverTimeTest.mercosurCase(), share, 2015);
      assertThat(m.value()).isCloseTo(13.53, within(0.006));
      assertThat(m.membership()).isCloseTo(0.5, within(0.01));
      var mig = svc.measure(MembershipOverTimeTest.mercosurCase(),
          new Criterion.Indicator("migrant-intensity", "migration", 1, 2, 10, "test anchors"), 2015);
      assertThat(mig.value()).isGreaterThan(1);
      assertThat(mig.membership()).isBetween(0.0, 1.0);
    }
  }
}
