package io.integra.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.cli.Cli;
import io.integra.cli.TestData;
import org.junit.jupiter.api.Test;

/**
 * {@code assess} says where the date lies: before the founding (no verdict about an empty group),
 * outside every coding period, inside one; and {@code timeline} lists the membership events.
 * The case (fixtures/evidence, made up) is founded 1991-03-26 and coded 1995-01-01 to 2012-12-31.
 */
class EvidenceMessagesTest {
  static Cli run(String... args) {
    return Cli.run(java.util.List.of("--no-bundled", "--cases", TestData.fixture("evidence")), args);
  }

  @Test void beforeTheFoundingTheCaseDidNotExistYet() {
    Cli text = run("assess", "reef-union", "--lens", "deutsch-1957", "--at", "1990-06-30");
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.out()).contains("RU did not exist yet on 1990-06-30 (founded on 1991-03-26)").contains("no verdict")
        .doesNotContain("Verdict:");
    Cli json = run("assess", "reef-union", "--lens", "deutsch-1957", "--at", "1990-06-30", "--format", "json");
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode j = json.json();
    assertThat(j.get("existed").asBoolean()).isFalse();
    assertThat(j.get("evidence").asText()).startsWith("RU did not exist yet");
    assertThat(j.get("evidenceStatus").get("begins").asText()).isEqualTo("1991-03-26");
    assertThat(j.get("evidenceStatus").get("nextCodingStart").asText()).isEqualTo("1995-01-01");
    // the documented fields are all still there
    assertThat(j.has("verdict")).isTrue();
    assertThat(j.has("criteria")).isTrue();
  }

  @Test void afterTheLastCodingPeriodItSaysWhenItEnded() {
    Cli json = run("assess", "reef-union", "--lens", "deutsch-1957", "--at", "2030-06-30", "--format", "json");
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode j = json.json();
    assertThat(j.get("existed").asBoolean()).isTrue();
    assertThat(j.get("evidence").asText()).isEqualTo("no coding of deutsch-1957 holds at 2030-06-30; "
        + "the last coding period ended 2012-12-31; no measured memberships for this case and lens");
    assertThat(j.get("evidenceStatus").get("codingHolds").asBoolean()).isFalse();
    assertThat(j.get("evidenceStatus").get("lastCodingEnd").asText()).isEqualTo("2012-12-31");
    Cli text = run("assess", "reef-union", "--lens", "deutsch-1957", "--at", "2030-06-30");
    assertThat(text.out()).contains("Evidence: no coding of deutsch-1957 holds at 2030-06-30;");
    Cli other = run("assess", "reef-union", "--lens", "buen-vivir", "--at", "2000-06-30", "--format", "json");
    assertThat(other.json().get("evidence").asText()).contains("the case has no coding under this lens");
  }

  @Test void insideACodingPeriodItNamesIt() {
    JsonNode j = run("assess", "reef-union", "--lens", "deutsch-1957", "--at", "2000-06-30", "--format", "json").json();
    assertThat(j.get("evidence").asText()).startsWith("the coding by first-reader for 1995-01-01 to 2012-12-31 holds at 2000-06-30");
    assertThat(j.get("evidenceStatus").get("codingTo").asText()).isEqualTo("2013-01-01");
  }

  @Test void timelineListsTheMembershipEvents() {
    Cli r = run("timeline", "reef-union", "--lens", "deutsch-1957", "--from", "2015", "--to", "2025");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Membership events").contains("2020-02-01 XRB left");
    JsonNode j = run("timeline", "reef-union", "--lens", "deutsch-1957", "--from", "2015", "--to", "2025", "--format", "json").json();
    assertThat(j.get("points")).hasSize(11);
    assertThat(j.get("events")).hasSize(1);
    assertThat(j.get("events").get(0).get("date").asText()).isEqualTo("2020-02-01");
  }
}
