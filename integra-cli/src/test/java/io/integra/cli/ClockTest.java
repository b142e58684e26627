package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every default date of the CLI is read from the one clock of the run ({@code IntegraCommand}):
 * with a fixed clock, "today" is the clock's day in every command, not the machine's.
 */
class ClockTest {
  static final LocalDate DAY = LocalDate.of(2016, 6, 30);
  static final Clock FIXED = Clock.fixed(DAY.atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant(), ZoneOffset.UTC);

  @Test
  void casesCountsMembersAtTheClocksDay() throws Exception {
    Cli text = Cli.runAt(FIXED, "cases");
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.out()).contains("Members at " + DAY + " (today)");
    JsonNode j = Cli.runAt(FIXED, "cases", "--format", "json").json();
    assertThat(j.get("at").asText()).isEqualTo(DAY.toString());
    assertThat(j.get("at_source").asText()).isEqualTo("today");
    // the report's default date is the latest evidence on or before the clock's day
    assertThat(LocalDate.parse(j.get("report_default_at").asText())).isBeforeOrEqualTo(DAY);
    JsonNode early = Cli.runAt(Clock.fixed(FIXED.instant().minusSeconds(86_400L * 365 * 20), ZoneOffset.UTC), "cases", "--format", "json").json();
    assertThat(LocalDate.parse(early.get("report_default_at").asText())).isBefore(LocalDate.parse(j.get("report_default_at").asText()));
  }

  @Test
  void theReportDefaultsToADateOnOrBeforeTheClocksDay(@TempDir Path tmp) throws Exception {
    Cli r = Cli.runAt(FIXED, "report", "--case", "eu", "--lens", "deutsch-1957", "--no-measured", "--out", tmp.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode meta = Json.MAPPER.readTree(Files.readString(tmp.resolve("report.json"))).get("meta");
    String expected = Cli.runAt(FIXED, "cases", "--format", "json").json().get("report_default_at").asText();
    assertThat(LocalDate.parse(meta.get("at").asText())).isBeforeOrEqualTo(DAY);
    // the same rule as `cases` reports, here for one case and lens: never later than the base's default
    assertThat(LocalDate.parse(meta.get("at").asText())).isBeforeOrEqualTo(LocalDate.parse(expected));
  }

  @Test
  void assessCompareQcaAndRobustnessDefaultToTheClocksDay() {
    for (String[] cmd : new String[][] {
        {"assess", "alba", "--lens", "deutsch-1957", "--format", "json"},
        {"compare", "alba", "eu", "--lens", "deutsch-1957", "--format", "json"},
        {"case", "eu", "--format", "json"},
        {"robustness", "assess", "alba", "--lens", "deutsch-1957", "--format", "json"}}) {
      Cli implicit = Cli.runAt(FIXED, cmd);
      String[] explicit = java.util.Arrays.copyOf(cmd, cmd.length + 2);
      explicit[cmd.length] = "--at";
      explicit[cmd.length + 1] = DAY.toString();
      Cli given = Cli.runAt(FIXED, explicit);
      assertThat(implicit.status()).as(String.join(" ", cmd) + ": " + implicit.err()).isEqualTo(given.status());
      assertThat(implicit.out()).as(String.join(" ", cmd)).isEqualTo(given.out()).contains(DAY.toString());
    }
  }

  @Test
  void qcaOnTheCaseBaseAssessesAtTheClocksDay() throws Exception {
    // the invented panel of QcaCaseBaseTest: p1 is recoded on 2012-01-01, so 2011 and 2013 differ
    String panel = Path.of(ClockTest.class.getResource("/fixtures/qca-panel").toURI()).toString();
    Clock mid2011 = Clock.fixed(LocalDate.of(2011, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    String[] cmd = {"qca", "tt", "--no-bundled", "--cases", panel, "--lens", "panel", "--outcome", "y", "--conditions", "a,b", "--format", "json"};
    Cli implicit = Cli.runAt(mid2011, cmd);
    assertThat(implicit.status()).as(implicit.err()).isZero();
    assertThat(implicit.out()).isEqualTo(Cli.runAt(FIXED, with(cmd, "--at", "2011-06-30")).out())
        .isNotEqualTo(Cli.runAt(mid2011, with(cmd, "--at", "2013-06-30")).out());
  }

  private static String[] with(String[] cmd, String... more) {
    String[] out = java.util.Arrays.copyOf(cmd, cmd.length + more.length);
    System.arraycopy(more, 0, out, cmd.length, more.length);
    return out;
  }

  @Test
  void timelinesAndCoverageRunToTheClocksYear() {
    JsonNode t = Cli.runAt(FIXED, "timeline", "eu", "--lens", "deutsch-1957", "--format", "json").json();
    JsonNode given = Cli.runAt(FIXED, "timeline", "eu", "--lens", "deutsch-1957", "--to", "2016", "--format", "json").json();
    assertThat(t).isEqualTo(given);
    Cli cov = Cli.runAt(FIXED, "coverage", "--lens", "deutsch-1957", "--format", "json");
    Cli covGiven = Cli.runAt(FIXED, "coverage", "--lens", "deutsch-1957", "--to", "2016", "--format", "json");
    assertThat(cov.out()).isEqualTo(covGiven.out()).isNotEmpty();
    assertThat(cov.out()).doesNotContain("\"2017\"");
  }
}
