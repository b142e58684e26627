package io.integra.flows.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.integra.flows.FlowAnalysis;
import io.integra.flows.SharedData;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.Progress;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import io.integra.flows.index.IndexRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** shared/spec/flows-reference.md §1 "Computed from the copied IMF DOTS data" and §4, through the DuckDB engine. */
class DotsReferenceTest {
  static FlowSession session;

  @BeforeAll
  static void load() { session = new DuckDbEngine().open(new FlowSource(SharedData.dots(), FlowFormat.DOTS), Progress.NONE); }

  @AfterAll
  static void close() { session.close(); }

  static final int[] YEARS = {1990, 2000, 2007, 2015, 2019};

  static final List<String> EU28 = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
      "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "GBR");

  /** flows-reference.md §1, computed table: group -> (codes, shares in % for YEARS). */
  static final Map<String, Object[]> TABLE = Map.of(
      "MERCOSUR-4", new Object[] {List.of("ARG", "BRA", "PRY", "URY"), new double[] {8.87, 20.00, 15.34, 13.43, 10.96}},
      "MERCOSUR-5", new Object[] {List.of("ARG", "BRA", "PRY", "URY", "VEN"), new double[] {7.60, 16.40, 13.82, 13.53, 10.55}},
      "CAN", new Object[] {List.of("BOL", "COL", "ECU", "PER"), new double[] {3.98, 7.81, 7.96, 7.93, 7.19}},
      "PA", new Object[] {List.of("CHL", "COL", "MEX", "PER"), new double[] {2.10, 1.93, 3.33, 3.17, 2.68}},
      "EU-28", new Object[] {EU28, new double[] {59.46, 67.92, 68.12, 63.02, 63.58}});

  @Test
  @SuppressWarnings("unchecked")
  void intraGroupExportSharesReproduceTheComputedTable() {
    for (var e : TABLE.entrySet()) {
      List<String> codes = (List<String>) e.getValue()[0];
      double[] expected = (double[]) e.getValue()[1];
      var res = FlowAnalysis.indices(session, GroupSpec.ofCodes(e.getKey(), codes), 1990, 2019,
          List.of(FlowIndex.SHARE), new IndexCalculator());
      for (int k = 0; k < YEARS.length; k++) {
        int year = YEARS[k];
        double v = res.records().stream().filter(r -> r.year() == year).findFirst().orElseThrow().value();
        // the table prints two decimals: a half-unit of rounding plus 0.01 pp
        assertThat(v).as(e.getKey() + " " + year).isCloseTo(expected[k], within(0.005 + 0.01));
      }
    }
  }

  @Test
  void mercosurSumsMatchTheUnderlyingTable() {
    var gy = session.groupYears(GroupSpec.ofCodes("M4", List.of("ARG", "BRA", "PRY", "URY")).byYear(2015, 2015)).get(2015);
    assertThat(gy.intraTotal()).isCloseTo(35435.35, within(0.01));
    assertThat(gy.outflowTotal()).isCloseTo(263837.80, within(0.01));
  }

  @Test
  void raTestVectorFromTheData() {
    var res = FlowAnalysis.indices(session, GroupSpec.ofCodes("M4", List.of("ARG", "BRA", "PRY", "URY")), 2015, 2015,
        List.of(FlowIndex.RA), new IndexCalculator());
    Map<String, Double> expected = Map.ofEntries(
        Map.entry("ARG>BRA", -0.038697), Map.entry("ARG>PRY", 0.174345), Map.entry("ARG>URY", 0.252177),
        Map.entry("BRA>ARG", 0.030357), Map.entry("BRA>PRY", -0.067408), Map.entry("BRA>URY", -0.067807),
        Map.entry("PRY>ARG", -0.356575), Map.entry("PRY>BRA", 0.165501), Map.entry("PRY>URY", -0.240268),
        Map.entry("URY>ARG", -0.118132), Map.entry("URY>BRA", 0.027253), Map.entry("URY>PRY", 0.234664));
    for (IndexRecord r : res.records()) {
      if (r.index().equals("ra") && r.origin() != null) {
        // the reference prints 6 decimals
        assertThat(r.value()).as(r.origin() + ">" + r.destination())
            .isCloseTo(expected.get(r.origin() + ">" + r.destination()), within(5e-7 + 1e-9));
      }
    }
    assertThat(res.records().stream().filter(r -> r.index().equals("ra") && r.origin() != null)).hasSize(12);
  }

  @Test
  void negativeValuesAreKeptAndReported() {
    assertThat(session.report().negatives()).isPositive();
    assertThat(session.report().warnings()).anySatisfy(w -> assertThat(w).contains("negative"));
    assertThat(session.report().firstYear()).isEqualTo(1960);
    assertThat(session.report().lastYear()).isEqualTo(2020);
  }
}
