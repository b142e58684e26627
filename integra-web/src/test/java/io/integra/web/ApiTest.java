package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON API against the real server over a fresh SQLite workspace. */
class ApiTest extends ServerTest {
  @Test void codebookAndCases() {
    JsonNode cb = Http.json(http.get("/api/codebook"));
    assertThat(cb.get("lenses").findValuesAsText("id")).contains("deutsch-1957", "buen-vivir", "liberal-intergovernmentalism");
    JsonNode cases = Http.json(http.get("/api/cases?at=2012-01-01"));
    assertThat(cases.get("cases").findValuesAsText("id")).containsExactlyInAnyOrder("test-union", "test-pact");
    JsonNode tu = Http.json(http.get("/api/cases/test-union?at=2012-01-01"));
    assertThat(tu.get("members").toString()).isEqualTo("[\"AAA\",\"CCC\"]");
    assertThat(tu.get("suspended").toString()).isEqualTo("[\"BBB\"]");
  }

  @Test void assessGivesVerdictReasonsAndEvidence() {
    JsonNode a = Http.json(http.get("/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01"));
    // the same shape as `integra assess --format json`
    assertThat(a.at("/verdict").asText()).isEqualTo("pluralistic");
    assertThat(a.at("/verdictReasons").size()).isPositive();
    assertThat(a.at("/dimensions/economic/stage").isTextual()).isTrue();
    assertThat(a.at("/idealType").has("fit")).isTrue();
    JsonNode values = null;
    for (JsonNode c : a.get("criteria")) if (c.get("id").asText().equals("values")) values = c;
    assertThat(values.at("/membership").asDouble()).isEqualTo(1.0);
    assertThat(values.at("/evidence/0/locator").asText()).isEqualTo("fixture §1");
    assertThat(values.at("/evidence/0/citation").asText()).contains("Cuchran");
    // an uncoded criterion is unknown, never 0
    JsonNode mobility = null;
    for (JsonNode c : a.get("criteria")) if (c.get("id").asText().equals("mobility")) mobility = c;
    assertThat(mobility.at("/interval/low").asDouble()).isEqualTo(0.0);
    assertThat(mobility.at("/interval/high").asDouble()).isEqualTo(1.0);
    assertThat(mobility.at("/membership").isNull()).isTrue();
    JsonNode pact = Http.json(http.get("/api/assess?case=test-pact&lens=deutsch-1957&at=2012-01-01"));
    assertThat(pact.at("/verdict").asText()).isEqualTo("none");
    JsonNode second = Http.json(http.get("/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01&coder=zed"));
    assertThat(second.get("coder").asText()).isEqualTo("zed");
  }

  @Test void timelineCompareAgreementOverview() {
    JsonNode t = Http.json(http.get("/api/timeline?case=test-union&lens=deutsch-1957&from=2000&to=2015"));
    assertThat(t.get("points").size()).isEqualTo(16);
    assertThat(t.at("/points/6/members").asInt()).isEqualTo(3);
    assertThat(t.at("/points/12/members").asInt()).isEqualTo(2);
    JsonNode c = Http.json(http.get("/api/compare?cases=test-union,test-pact&lens=deutsch-1957&at=2012-01-01"));
    assertThat(c.get("cases").size()).isEqualTo(2);
    assertThat(c.get("separations").size()).isPositive();
    assertThat(c.at("/separations/0/differences").findValuesAsText("criterion")).contains("values");
    JsonNode ag = Http.json(http.get("/api/agreement?case=test-union&lens=deutsch-1957"));
    assertThat(ag.at("/periods/0/coders").toString()).isEqualTo("[\"thesis\",\"zed\"]");
    assertThat(ag.at("/periods/0/comparable").asInt()).isEqualTo(3);
    assertThat(ag.at("/periods/0/agreed").asInt()).isEqualTo(2);
    JsonNode ov = Http.json(http.get("/api/overview?at=2012-01-01"));
    assertThat(ov.get("cases").size()).isEqualTo(2);
  }

  /** Issue 13: a case with no coding under a lens is "undetermined" in the API and on the pages alike (not "not coded", not "transition"). */
  @Test void aCaseWithNoCodingIsUndeterminedInTheApiAndThePages() {
    JsonNode ov = Http.json(http.get("/api/overview?at=2012-01-01"));
    JsonNode pact = null;
    for (JsonNode c : ov.get("cases")) if (c.get("case").asText().equals("test-pact")) pact = c;
    assertThat(pact).isNotNull();
    JsonNode bv = null;
    for (JsonNode v : pact.get("verdicts")) if (v.get("lens").asText().equals("buen-vivir")) bv = v;
    assertThat(bv.get("verdict").asText()).isEqualTo("undetermined");
    assertThat(bv.get("coded").asBoolean()).isFalse();
    assertThat(bv.get("settled").asBoolean()).isFalse();
    JsonNode a = Http.json(http.get("/api/assess?case=test-pact&lens=buen-vivir&at=2012-01-01"));
    assertThat(a.get("verdict").asText()).isEqualTo("undetermined");
    assertThat(a.get("verdictSettled").asBoolean()).isFalse();
    assertThat(a.at("/dimensions/social/determined").asBoolean()).isFalse();
    assertThat(a.at("/dimensions/social/score").isNull()).isTrue();
    assertThat(a.at("/objectives/unsupported")).isEmpty();
    String overview = http.get("/?at=2012-01-01").body();
    assertThat(overview).contains("v-undetermined").doesNotContain(">not coded<").doesNotContain(">transition<");
    String page = http.get("/cases/test-pact?lens=buen-vivir&at=2012-01-01").body();
    assertThat(page).contains("id=\"verdict\">undetermined").contains("the evidence cannot decide").contains("v-undetermined");
    // a coded, settled verdict says so
    assertThat(http.get("/cases/test-pact?lens=deutsch-1957&at=2012-01-01").body()).contains("settled: it holds whatever the uncoded criteria are");
  }

  @Test void errorsAreJsonNamingTheField() {
    HttpResponse<String> r = http.get("/api/assess?case=test-union&lens=deutsch-1957&at=2012-13-45");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Http.json(r).get("field").asText()).isEqualTo("at");
    assertThat(Http.json(r).get("message").asText()).contains("YYYY-MM-DD");
    r = http.get("/api/assess?case=nope&lens=deutsch-1957");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.json(r).get("field").asText()).isEqualTo("case");
    r = http.get("/api/assess?case=test-union");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Http.json(r).get("field").asText()).isEqualTo("lens");
    r = http.get("/api/compare?cases=test-union&lens=deutsch-1957");
    assertThat(Http.json(r).get("field").asText()).isEqualTo("cases");
    r = http.get("/api/no-such-thing");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.json(r).get("message").asText()).contains("/api/no-such-thing");
  }

  @Test void validateReportsLineAndColumnLikeTheCli() {
    String yaml = "lens: deutsch-1957\ncoder: x\nfrom: 2000-01-01\nscale: four-value\ncriteria:\n  values: {score: 0.5}\n  nonsense: {score: 1}\n";
    JsonNode v = Http.json(http.postJson("/api/codings/validate", "{\"case\":\"test-union\",\"yaml\":" + Http.quote(yaml) + "}", null));
    assertThat(v.get("valid").asBoolean()).isFalse();
    List<String> texts = v.get("problems").findValuesAsText("text");
    assertThat(texts).anyMatch(t -> t.startsWith("coding:6:") && t.contains("not on scale 'four-value'"));
    assertThat(texts).anyMatch(t -> t.startsWith("coding:7:") && t.contains("unknown criterion 'nonsense'"));
  }

  @Test void openApiDocumentsEveryApiRoute() {
    JsonNode doc = Http.json(http.get("/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) paths.add(it.next());
    assertThat(paths).contains("/api/codebook", "/api/cases", "/api/cases/{id}", "/api/assess", "/api/overview", "/api/timeline",
        "/api/compare", "/api/agreement", "/api/codings", "/api/codings/validate", "/api/history", "/api/session");
    for (String p : paths) {
      if (p.contains("{") || !doc.at("/paths/" + p.replace("/", "~1")).has("get")) continue;
      int status = http.get(p).statusCode();
      assertThat(status).as(p).isIn(200, 400);
    }
  }

  @Test void pagesRender() {
    for (String p : List.of("/", "/?at=2012-01-01", "/codebook", "/cases/test-union?at=2012-01-01", "/cases/test-union/code?lens=deutsch-1957",
        "/cases/test-union/code/form?lens=deutsch-1957", "/cases/test-union/code/form?lens=buen-vivir&period=new&criterion=mobility",
        "/compare?cases=test-union&cases=test-pact&lens=deutsch-1957&at=2012-01-01", "/agreement?case=test-union&lens=deutsch-1957", "/login")) {
      HttpResponse<String> r = http.get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(p).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    }
    assertThat(http.get("/cases/test-union?at=2012-01-01").body()).contains("pluralistic").contains("fixture §1");
    assertThat(http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    assertThat(Http.json(http.get("/api/member-map?case=test-union&at=2012-01-01")).at("/years/0/date").asText()).isEqualTo("2000-06-30");
    assertThat(Http.json(http.get("/api/world-map")).at("/outlines/features").size()).isGreaterThan(100);
    assertThat(http.get("/assets/integra.css").statusCode()).isEqualTo(200);
    HttpResponse<String> missing = http.get("/cases/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("unknown case");
  }
}
