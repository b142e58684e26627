package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API against its own document: every documented GET path is called with realistic parameters
 * (a case, a lens, a date) and its actual JSON body, as well as the documented 400/404 error bodies,
 * is validated against the response schema that /openapi.json gives for that status, with a real
 * JSON-schema validator in the OpenAPI 3.0 dialect ({@code nullable}). The response is the contract
 * scripts use: where the two disagree, the document is what gets fixed.
 */
class OpenApiConformanceTest extends ServerTest {
  private static final String DOC_URI = "https://integra.invalid/openapi.json";

  static JsonNode doc;
  static JsonSchemaFactory factory;

  /** Realistic calls for every documented GET path (fixture cases test-union and test-pact). */
  static final Map<String, List<String>> OK = new LinkedHashMap<>();
  /** Calls that the server refuses, by documented path: status -> URL. */
  static final Map<String, Map<Integer, String>> REFUSED = new LinkedHashMap<>();

  static {
    OK.put("/openapi.json", List.of("/openapi.json"));
    OK.put("/api/codebook", List.of("/api/codebook"));
    OK.put("/api/cases", List.of("/api/cases?at=2012-01-01", "/api/cases"));
    OK.put("/api/cases/{id}", List.of("/api/cases/test-union?at=2012-01-01", "/api/cases/test-pact?at=1990-01-01"));
    OK.put("/api/assess", List.of("/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01",
        "/api/assess?case=test-pact&lens=buen-vivir&at=2012-01-01",
        "/api/assess?case=test-union&lens=liberal-intergovernmentalism&at=2012-01-01",
        "/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01&coder=zed",
        "/api/assess?case=test-union&lens=deutsch-1957&at=1990-01-01"));
    OK.put("/api/overview", List.of("/api/overview?at=2012-01-01", "/api/overview?at=1990-01-01"));
    OK.put("/api/timeline", List.of("/api/timeline?case=test-union&lens=deutsch-1957&from=2000&to=2015",
        "/api/timeline?case=test-pact&lens=buen-vivir&from=2005&to=2013"));
    OK.put("/api/compare", List.of("/api/compare?cases=test-union,test-pact&lens=deutsch-1957&at=2012-01-01",
        "/api/compare?cases=test-union&cases=test-pact&lens=buen-vivir&at=2012-01-01"));
    OK.put("/api/agreement", List.of("/api/agreement?case=test-union&lens=deutsch-1957",
        "/api/agreement?case=test-pact&lens=buen-vivir"));
    OK.put("/api/codings", List.of("/api/codings?case=test-union", "/api/codings?case=test-union&lens=deutsch-1957"));
    OK.put("/api/history", List.of("/api/history?case=test-union"));
    OK.put("/api/session", List.of("/api/session"));
    OK.put("/api/member-map", List.of("/api/member-map?case=test-union&at=2012-01-01"));
    OK.put("/api/world-map", List.of("/api/world-map"));
    OK.put("/api/robustness", List.of("/api/robustness?case=test-union&lens=deutsch-1957&at=2012-01-01",
        "/api/robustness?case=test-pact&lens=buen-vivir&at=2012-01-01"));

    REFUSED.put("/api/cases", Map.of(400, "/api/cases?at=2012-13-45"));
    REFUSED.put("/api/cases/{id}", Map.of(400, "/api/cases/test-union?at=yesterday", 404, "/api/cases/nope"));
    REFUSED.put("/api/assess", Map.of(400, "/api/assess?case=test-union", 404, "/api/assess?case=nope&lens=deutsch-1957"));
    REFUSED.put("/api/overview", Map.of(400, "/api/overview?at=2012-02-30"));
    REFUSED.put("/api/timeline", Map.of(400, "/api/timeline?case=test-union&lens=deutsch-1957&from=20x0",
        404, "/api/timeline?case=test-union&lens=no-such-lens"));
    REFUSED.put("/api/compare", Map.of(400, "/api/compare?cases=test-union&lens=deutsch-1957",
        404, "/api/compare?cases=test-union,nope&lens=deutsch-1957"));
    REFUSED.put("/api/agreement", Map.of(400, "/api/agreement?case=test-union", 404, "/api/agreement?case=nope&lens=deutsch-1957"));
    REFUSED.put("/api/codings", Map.of(400, "/api/codings", 404, "/api/codings?case=nope"));
    REFUSED.put("/api/history", Map.of(404, "/api/history?case=nope"));
    REFUSED.put("/api/robustness", Map.of(400, "/api/robustness?case=test-union", 404, "/api/robustness?case=nope&lens=deutsch-1957&at=2012-01-01"));
    REFUSED.put("/api/member-map", Map.of(400, "/api/member-map?case=test-union&at=2012-1-1", 404, "/api/member-map?case=nope"));
  }

  @BeforeAll static void readDocument() {
    HttpResponse<String> r = http.get("/openapi.json");
    doc = Http.json(r);
    // the document itself is the schema source: $refs to #/components/schemas resolve within it
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b
        .metaSchema(OpenApi30.getInstance())
        .defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
        .schemaLoaders(l -> l.schemas(Map.of(DOC_URI, r.body()))));
  }

  static String pointer(String path, String method, int status) {
    return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method + "/responses/" + status
        + "/content/application~1json/schema";
  }

  static JsonSchema schema(String path, String method, int status) {
    return factory.getSchema(SchemaLocation.of(DOC_URI + "#" + pointer(path, method, status)));
  }

  static Set<ValidationMessage> validate(String path, int status, JsonNode body) {
    return schema(path, "get", status).validate(body);
  }

  static void dump(String url, String body) {
    String dir = System.getProperty("integra.openapi.dump");
    if (dir == null) return;
    try {
      Files.createDirectories(Path.of(dir));
      Files.writeString(Path.of(dir, url.replaceAll("[^A-Za-z0-9]+", "_") + ".json"), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test void everyDocumentedGetPathHasARealCallAndARealSchema() {
    List<String> gets = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().has("get")) gets.add(e.getKey());
    }
    assertThat(OK.keySet()).as("a call for every documented GET path").containsExactlyInAnyOrderElementsOf(gets);
    for (String p : gets) {
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.at("/paths/" + p.replace("/", "~1") + "/get/responses").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> r = it.next();
        JsonNode s = r.getValue().at("/content/application~1json/schema");
        assertThat(s.isMissingNode()).as(p + " " + r.getKey() + " has a JSON schema").isFalse();
        // a bare {"type": "object"} says nothing: a documented response names its fields
        assertThat(s.has("$ref") || s.has("properties") || s.has("allOf")).as(p + " " + r.getKey() + " names its fields: " + s).isTrue();
      }
    }
  }

  @Test void everyGetResponseMatchesItsDocumentedSchema() {
    List<String> failures = new ArrayList<>();
    // /api/session answers for nobody (a fresh cookie jar) and, below, for a signed-in user
    JsonNode anonymous = Http.json(new Http(ts).get("/api/session"));
    assertThat(anonymous.get("user").isNull()).isTrue();
    Set<ValidationMessage> anonymousProblems = validate("/api/session", 200, anonymous);
    if (!anonymousProblems.isEmpty()) failures.add("/api/session (anonymous): " + anonymousProblems);
    http.signIn();
    for (Map.Entry<String, List<String>> e : OK.entrySet()) {
      for (String url : e.getValue()) {
        HttpResponse<String> r = http.get(url);
        dump(url, r.body());
        assertThat(r.statusCode()).as(url + " " + r.body()).isEqualTo(200);
        Set<ValidationMessage> problems = validate(e.getKey(), 200, Http.json(r));
        if (!problems.isEmpty()) failures.add(url + ": " + problems);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test void documentedErrorsMatchTheErrorShape() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, String>> e : REFUSED.entrySet()) {
      for (Map.Entry<Integer, String> call : e.getValue().entrySet()) {
        HttpResponse<String> r = http.get(call.getValue());
        assertThat(r.statusCode()).as(call.getValue() + " " + r.body()).isEqualTo(call.getKey());
        Set<ValidationMessage> problems = validate(e.getKey(), call.getKey(), Http.json(r));
        if (!problems.isEmpty()) failures.add(call.getValue() + ": " + problems);
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The validator is not a rubber stamp: a deliberately broken copy of real bodies is refused. */
  @Test void theValidatorCatchesAWrongType() {
    JsonNode assess = Http.json(http.get("/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01"));
    assertThat(validate("/api/assess", 200, assess)).isEmpty();
    assertThat(broken("/api/assess", 200, assess, n -> n.put("verdictSettled", "yes"))).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("verdictSettled") && m.contains("boolean"));
    assertThat(broken("/api/assess", 200, assess, n -> n.putNull("caseName"))).isNotEmpty(); // not nullable in the document
    assertThat(broken("/api/assess", 200, assess, n -> ((ObjectNode) n.at("/criteria/0")).put("membership", "high"))).isNotEmpty();
    JsonNode error = Http.json(http.get("/api/assess?case=nope&lens=deutsch-1957"));
    assertThat(broken("/api/assess", 404, error, n -> n.put("status", "not-found"))).isNotEmpty();
    assertThat(broken("/api/assess", 404, error, n -> n.remove("message"))).isNotEmpty();
    JsonNode timeline = Http.json(http.get("/api/timeline?case=test-union&lens=deutsch-1957&from=2000&to=2015"));
    assertThat(broken("/api/timeline", 200, timeline, n -> ((ObjectNode) n.at("/points/0")).put("members", "3"))).isNotEmpty();
    JsonNode cases = Http.json(http.get("/api/cases?at=2012-01-01"));
    assertThat(broken("/api/cases", 200, cases, n -> n.put("cases", "test-union"))).isNotEmpty();
  }

  /** The validation of a copy of {@code body} changed by {@code change}. */
  static Set<ValidationMessage> broken(String path, int status, JsonNode body, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = body.deepCopy();
    change.accept(copy);
    return validate(path, status, copy);
  }
}
