package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code GET /api/robustness}: the verdict of /api/assess, its distribution, and clear refusals. */
class RobustnessApiTest extends ServerTest {
  @Test void theUnperturbedVerdictIsTheAssessmentsAndTheCountsAddUp() {
    for (String c : java.util.List.of("test-union", "test-pact")) {
      String q = "?case=" + c + "&lens=deutsch-1957&at=2012-01-01";
      JsonNode a = Http.json(http.get("/api/assess" + q));
      var resp = http.get("/api/robustness" + q);
      assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
      JsonNode r = Http.json(resp);
      assertThat(r.get("verdict").asText()).isEqualTo(a.get("verdict").asText());
      long sum = 0;
      for (JsonNode v : r.get("verdicts")) sum += v.get("count").asLong();
      assertThat(sum).isEqualTo(r.get("evaluated").asLong());
      assertThat(r.get("space").get("criteria").size()).isEqualTo(a.get("criteria").size());
      assertThat(r.get("flips").get("sets").isArray()).isTrue();
    }
  }

  @Test void unknownCaseAndMissingLensAreRefused() {
    var unknown = http.get("/api/robustness?case=nope&lens=deutsch-1957");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Http.json(unknown).get("field").asText()).isEqualTo("case");
    var missing = http.get("/api/robustness?case=test-union");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Http.json(missing).get("field").asText()).isEqualTo("lens");
    var coder = http.get("/api/robustness?case=test-union&lens=deutsch-1957&coder=nobody");
    assertThat(coder.statusCode()).isEqualTo(404);
    assertThat(Http.json(coder).get("field").asText()).isEqualTo("coder");
  }
}
