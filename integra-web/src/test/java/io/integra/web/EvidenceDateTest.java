package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.casebase.CaseBaseLoader;
import io.integra.web.data.EvidenceDate;
import io.integra.web.data.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code at}, the workbench opens at the latest day with evidence, not at today; the API's
 * assessment says where its date lies, as {@code integra assess --format json} does.
 */
class EvidenceDateTest {
  @TempDir Path dir;

  @Test void assessSaysTheCaseDidNotExistYetBeforeItsFounding() {
    try (TestServer ts = TestServer.start()) {
      Http http = new Http(ts);
      // test-union: founded 2000-01-01, coded from then on
      com.fasterxml.jackson.databind.JsonNode a = Http.json(http.get("/api/assess?case=test-union&lens=deutsch-1957&at=1999-06-30"));
      assertThat(a.get("existed").asBoolean()).isFalse();
      assertThat(a.get("evidence").asText()).contains("did not exist yet on 1999-06-30 (founded on 2000-01-01)");
      com.fasterxml.jackson.databind.JsonNode b = Http.json(http.get("/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01"));
      assertThat(b.get("existed").asBoolean()).isTrue();
      assertThat(b.at("/evidenceStatus/codingHolds").asBoolean()).isTrue();
    }
  }

  @Test void theDefaultDateIsTheLastDayOfTheLastCodingPeriod() throws Exception {
    Files.createDirectories(dir.resolve("cases"));
    Files.writeString(dir.resolve("cases/closed-pact.yaml"), """
        id: closed-pact
        name: "Closed Pact of Made-up Republics"
        founding: {name: "Pact", signed: 1995-05-05, sources: [thesis]}
        members:
          - {iso3: DDD, spells: [{from: 1995-05-05, status: member}]}
          - {iso3: EEE, spells: [{from: 1995-05-05, status: member}]}
        codings:
          - lens: deutsch-1957
            coder: thesis
            from: 1995-05-05
            to: 2011-01-01
            scale: four-value
            criteria:
              values: {score: 0.33, rationale: "Few shared values."}
        """);
    Snapshot s = new Snapshot(1, CaseBaseLoader.load(List.of(dir), false));
    assertThat(EvidenceDate.of(s)).isEqualTo(LocalDate.of(2010, 12, 31));
    // the web fixture's codings are open-ended: today, by the workbench's clock
    LocalDate day = LocalDate.of(2016, 8, 15);
    Snapshot open = new Snapshot(2, CaseBaseLoader.load(List.of(TestServer.fixture()), false),
        java.time.Clock.fixed(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC));
    assertThat(EvidenceDate.of(open)).isEqualTo(day);
  }
}
