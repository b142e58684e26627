package io.integra.flows.duckdb;

import io.integra.testsupport.TempFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.integra.flows.FlowAnalysis;
import io.integra.flows.SharedData;
import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.engine.FlowEngines;
import io.integra.flows.engine.Progress;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
  @TempDir Path tmp;

  private Path write(String name, String text) { return TempFiles.write(tmp, name, text); }

  @Test
  void engineIsFoundByServiceLoader() {
    assertThat(FlowEngines.find("duckdb")).isPresent();
  }

  @Test
  void undesaWideStocks() {
    try (var s = new DuckDbEngine().open(new FlowSource(SharedData.undesa(), FlowFormat.UNDESA), Progress.NONE)) {
      assertThat(s.report().firstYear()).isEqualTo(1990);
      assertThat(s.report().lastYear()).isEqualTo(2019);
      // SOURCE.md: Spain, 2019, born in Argentina = 259,946
      var gy = s.groupYears(GroupSpec.ofCodes("x", List.of("ARG", "ESP")).byYear(2019, 2019)).get(2019);
      double[][] x = gy.intra();
      int arg = gy.members().indexOf("ARG");
      int esp = gy.members().indexOf("ESP");
      assertThat(x[arg][esp]).isEqualTo(259946);
      var res = FlowAnalysis.indices(s, GroupSpec.ofCodes("MS", List.of("ARG", "BRA", "PRY", "URY")), 1990, 2019,
          List.of(FlowIndex.MIGRANT_INTENSITY), new IndexCalculator());
      assertThat(res.records()).filteredOn(r -> r.isGroupValue()).hasSize(7)
          .allSatisfy(r -> assertThat(r.value()).isGreaterThan(1));
    }
  }

  @Test
  void dyadicCsvAndParquetAgree() throws Exception {
    Path csv = write("flows.csv", "origin,destination,year,value\nARG,BRA,2000,10\nBRA,ARG,2000,4\n"
        + "ARG,USA,2000,6\nUSA,BRA,2000,30\nBrazil,United States of America,2000,2\n");
    Path parquet = tmp.resolve("flows.parquet");
    try (var c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + parquet + "' (FORMAT PARQUET)");
    }
    for (Path p : List.of(csv, parquet)) {
      try (var s = new DuckDbEngine().open(new FlowSource(p, FlowFormat.DYADIC), Progress.NONE)) {
        var res = FlowAnalysis.indices(s, GroupSpec.ofCodes("AB", List.of("ARG", "BRA")), 2000, 2000,
            List.of(FlowIndex.SHARE), new IndexCalculator());
        // intra 14, group outflow ARG 16 + BRA 6 = 22
        assertThat(res.records().get(0).value()).isCloseTo(100 * 14.0 / 22, within(1e-12));
      }
    }
  }

  @Test
  void unknownNamesAreListedOnceWithClosestNames() throws IOException {
    Path csv = write("bad.csv", "origin,destination,year,value\nArgentinia,BRA,2000,1\nArgentinia,Brazzil,2001,1\n");
    assertThatThrownBy(() -> new DuckDbEngine().open(new FlowSource(csv, FlowFormat.DYADIC), Progress.NONE))
        .isInstanceOf(FlowDataException.class)
        .hasMessageContaining("2 unknown country names")
        .hasMessageContaining("'Argentinia' (closest known: Argentina")
        .hasMessageContaining("'Brazzil'");
  }

  @Test
  void missingColumnNonNumericValueAndYearOutsideTheData() throws IOException {
    Path noValue = write("nv.csv", "origin,destination,year,amount\nARG,BRA,2000,1\n");
    assertThatThrownBy(() -> new DuckDbEngine().open(new FlowSource(noValue, FlowFormat.DYADIC), Progress.NONE))
        .isInstanceOf(FlowDataException.class).hasMessageContaining("nv.csv:1: missing column for value");
    Path bad = write("nn.csv", "origin,destination,year,value\nARG,BRA,2000,1\nBRA,ARG,2000,abc\n");
    assertThatThrownBy(() -> new DuckDbEngine().open(new FlowSource(bad, FlowFormat.DYADIC), Progress.NONE))
        .isInstanceOf(FlowDataException.class).hasMessageContaining("nn.csv:3: column 'value': 'abc' is not a number");
    Path ok = write("ok.csv", "origin,destination,year,value\nARG,BRA,2000,1\nBRA,ARG,2000,2\n");
    try (var s = new DuckDbEngine().open(new FlowSource(ok, FlowFormat.DYADIC), Progress.NONE)) {
      assertThatThrownBy(() -> FlowAnalysis.indices(s, GroupSpec.ofCodes("x", List.of("ARG", "BRA")), 1999, 2000,
          List.of(FlowIndex.SHARE), new IndexCalculator()))
          .isInstanceOf(FlowDataException.class).hasMessageContaining("year 1999 is outside the data (2000-2000)");
    }
  }

  @Test
  void baciNumericCodesThroughItsCountryTable() throws IOException {
    write("country_codes_V202401.csv", "country_code,country_name,country_iso2,country_iso3\n32,Argentina,AR,ARG\n"
        + "76,Brazil,BR,BRA\n842,USA,US,USA\n");
    Path data = write("BACI_HS17_Y2019.csv", "t,i,j,k,v,q\n2019,32,76,010121,5.5,1\n2019,32,76,020110,4.5,1\n"
        + "2019,76,32,010121,3,1\n2019,32,842,010121,10,1\n");
    try (var s = new DuckDbEngine().open(new FlowSource(data, FlowFormat.BACI), Progress.NONE)) {
      var res = FlowAnalysis.indices(s, GroupSpec.ofCodes("AB", List.of("ARG", "BRA")), 2019, 2019,
          List.of(FlowIndex.SHARE, FlowIndex.CLEARING_GROSS), new IndexCalculator());
      assertThat(res.records().get(0).value()).isCloseTo(100 * 13.0 / 23, within(1e-12));
      assertThat(res.records().get(1).value()).isCloseTo(13, within(1e-12));
    }
  }

  @Test
  void comtradePlusColumns() throws IOException {
    Path data = write("comtrade.csv", "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
        + "2010,ARG,BRA,X,TOTAL,8\n2010,ARG,BRA,X,01,3\n2010,ARG,W00,X,TOTAL,20\n2010,BRA,ARG,X,TOTAL,2\n"
        + "2010,BRA,W00,X,TOTAL,10\n2010,ARG,BRA,M,TOTAL,99\n");
    try (var s = new DuckDbEngine().open(new FlowSource(data, FlowFormat.COMTRADE), Progress.NONE)) {
      var res = FlowAnalysis.indices(s, GroupSpec.ofCodes("AB", List.of("ARG", "BRA")), 2010, 2010,
          List.of(FlowIndex.SHARE), new IndexCalculator());
      assertThat(res.records().get(0).value()).isCloseTo(100 * 10.0 / 30, within(1e-12));
    }
  }
}
