package io.integra.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.cli.Cli;
import io.integra.cli.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without --at, the report is read at the latest day at which a reported case has evidence
 * (io.integra.core.assess.EvidenceCalendar). The made-up case of fixtures/evidence is coded from
 * 1995-01-01 to 2012-12-31 (its period's end is 2013-01-01).
 */
class ReportDefaultDateTest {
  @TempDir Path tmp;

  static String fixture() {
    return TestData.fixture("evidence");
  }

  @Test void defaultDateIsTheLastDayWithEvidence() throws Exception {
    Path out = tmp.resolve("r");
    Cli r = Cli.run("report", "--no-bundled", "--cases", fixture(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Report at 2012-12-31:");
    assertThat(Files.readString(out.resolve("report.json"))).contains("\"at\" : \"2012-12-31\"");
    // the timelines run past the date, to this year
    assertThat(Files.readString(out.resolve("timeline.csv"))).contains("reef-union,2020,");
    assertThat(Files.readString(out.resolve("events.csv"))).contains("reef-union,2020-02-01,XRB");
    assertThat(Files.readString(out.resolve("coverage.csv"))).contains("deutsch-1957,reef-union,2012,22,3,3,0,0,12,2,first-reader")
        .contains("deutsch-1957,reef-union,2013,22,0,0,0,0,12,0,");
  }

  @Test void anExplicitDateWins() {
    Cli r = Cli.run("report", "--no-bundled", "--cases", fixture(), "--out", tmp.resolve("r2").toString(), "--at", "2000-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Report at 2000-06-30:");
  }
}
