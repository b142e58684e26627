package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 13: `cases` counts members at a date and says which, beside the date the report uses by default. */
class CasesDateTest {
  /** A fixed "today", so that the run and the expectation cannot fall on two sides of midnight. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.now(CLOCK);

  @Test
  void casesSaysWhichDateItCountsAt() throws Exception {
    JsonNode j = Json.MAPPER.readTree(Cli.runAt(CLOCK, "cases", "--format", "json").out());
    assertThat(j.get("at").asText()).isEqualTo(TODAY.toString());
    assertThat(j.get("at_source").asText()).isEqualTo("today");
    String report = j.get("report_default_at").asText();
    assertThat(LocalDate.parse(report)).isBeforeOrEqualTo(TODAY);

    Cli today = Cli.runAt(CLOCK, "cases");
    assertThat(today.status()).isZero();
    String head = today.out().lines().limit(2).reduce("", (a, b) -> a + " " + b);
    assertThat(head).contains("Members at " + TODAY + " (today)");
    if (!report.equals(TODAY.toString())) assertThat(head).contains("'integra report' defaults to " + report);

    Cli atReport = Cli.runAt(CLOCK, "cases", "--at", report);
    assertThat(atReport.out().lines().findFirst().orElseThrow()).isEqualTo("Members at " + report + ", the report's default date.");
    JsonNode k = Json.MAPPER.readTree(Cli.runAt(CLOCK, "cases", "--at", report, "--format", "json").out());
    assertThat(k.get("at").asText()).isEqualTo(report);
    assertThat(k.get("at_source").asText()).isEqualTo("--at");
  }
}
