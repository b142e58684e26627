package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.CriterionEdit;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With one unit scored by two coders, alpha is undefined: the agreement page says so with the
 * reason (as {@code integra agreement} does), and the API gives the reason beside the null alpha.
 */
class AgreementUndefinedPageTest {
  static TestServer ts;
  static Http http;

  @BeforeAll static void start() {
    ts = TestServer.start();
    // a second coder scores one criterion of test-pact's only deutsch-1957 period: one unit
    ts.workspace.code(new CriterionEdit(new CodingKey("test-pact", "deutsch-1957", "bo", LocalDate.of(1995, 5, 5)), "four-value",
        "values", 0.67, "more shared values than the thesis saw", null, null), new ChangeNote("bo", "second coder"));
    ts.server.workbench().invalidate();
    http = new Http(ts);
  }

  @AfterAll static void stop() { ts.close(); }

  @Test void thePageShowsUndefinedWithTheReason() {
    String html = http.get("/agreement?case=test-pact&lens=deutsch-1957").body();
    assertThat(html).containsPattern("<b id=\"alpha-overall\">undefined</b> \\(<span id=\"alpha-undefined-reason\">only one unit scored by two or more coders")
        .contains("over 1 units");
  }

  @Test void theApiGivesTheReasonBesideTheNullAlpha() {
    JsonNode ag = Http.json(http.get("/api/agreement?case=test-pact&lens=deutsch-1957"));
    assertThat(ag.at("/statistics/overall/alpha").isNull()).isTrue();
    assertThat(ag.at("/statistics/overall/units").asInt()).isEqualTo(1);
    assertThat(ag.at("/statistics/overall/alphaUndefinedReason").asText()).startsWith("only one unit");
    assertThat(ag.at("/statistics/criteria/0/alphaUndefinedReason").asText()).startsWith("only one unit");
  }

  @Test void aDefinedAlphaHasNoReason() {
    JsonNode ag = Http.json(http.get("/api/agreement?case=test-union&lens=deutsch-1957"));
    assertThat(ag.at("/statistics/overall/alpha").isNumber()).isTrue();
    assertThat(ag.at("/statistics/overall/alphaUndefinedReason").isNull()).isTrue();
    assertThat(http.get("/agreement?case=test-union&lens=deutsch-1957").body()).doesNotContain("alpha-undefined-reason");
  }
}
