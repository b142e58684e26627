package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13: `cases` counts members at a date and says which, beside the date the report uses by default. */
class CasesDateTest {
  @Test
  void casesSaysWhichDateItCountsAt() throws Exception {
    JsonNode j = Json.MAPPER.readTree(Cli.run("cases", "--format", "json").out());
    assertThat(j.get("at").asText()).isEqualTo(LocalDate.now().toString());
    assertThat(j.get("at_source").asText()).isEqualTo("today");
    String report = j.get("report_default_at").asText();
    assertThat(LocalDate.parse(report)).isBeforeOrEqualTo(LocalDate.now());

    Cli today = Cli.run("cases");
    assertThat(today.status()).isZero();
    String head = today.out().lines().limit(2).reduce("", (a, b) -> a + " " + b);
    assertThat(head).contains("Members at " + LocalDate.now() + " (today)");
    if (!report.equals(LocalDate.now().toString())) assertThat(head).contains("'integra report' defaults to " + report);

    Cli atReport = Cli.run("cases", "--at", report);
    assertThat(atReport.out().lines().findFirst().orElseThrow()).isEqualTo("Members at " + report + ", the report's default date.");
    JsonNode k = Json.MAPPER.readTree(Cli.run("cases", "--at", report, "--format", "json").out());
    assertThat(k.get("at").asText()).isEqualTo(report);
    assertThat(k.get("at_source").asText()).isEqualTo("--at");
  }
}
