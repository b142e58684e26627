package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.web.auth.PasswordHasher;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refusals leave the store unchanged: writes without sign-in, without or with a wrong CSRF token,
 * oversized bodies. User text is escaped. Each test gets a fresh workspace.
 */
class SecurityTest {
  static final long LIMIT = 16 * 1024;
  TestServer ts;

  @BeforeEach void start() { ts = TestServer.start(LIMIT); }

  @AfterEach void stop() { ts.close(); }

  /** Everything a write could change: the history and the stored codings of both cases. */
  private String storeState() {
    return ts.workspace.history("test-union").size() + "|" + ts.workspace.history("test-pact").size() + "|"
        + ts.workspace.codings("test-union") + "|" + ts.workspace.codings("test-pact");
  }

  private static String coding(String rationale) {
    return "lens: deutsch-1957\ncoder: thesis\nfrom: 2000-01-01\nscale: four-value\ncriteria:\n"
        + "  values: {score: 1, rationale: " + Http.quote(rationale) + "}\n  responsiveness: {score: 0}\n  predictability: {score: 1}\n";
  }

  private static String saveBody(String yaml, String note) {
    return "{\"case\":\"test-union\",\"yaml\":" + Http.quote(yaml) + ",\"note\":" + Http.quote(note) + "}";
  }

  @Test void writeWithoutSignInIsRefusedAndChangesNothing() {
    String before = storeState();
    Http anon = new Http(ts);
    HttpResponse<String> r = anon.postJson("/api/codings", saveBody(coding("x"), "why"), null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(Http.json(r).get("message").asText()).contains("sign in");
    // the form route too, even with a (anonymous) session's token
    String page = anon.get("/login").body();
    String token = csrfFrom(page);
    r = anon.postForm("/cases/test-union/code", "_csrf=" + token + "&note=why&yaml=" + URLEncoder.encode(coding("x"), StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(storeState()).isEqualTo(before);
  }

  @Test void writeWithoutOrWithWrongCsrfTokenIsRefusedAndChangesNothing() {
    Http h = new Http(ts);
    String token = h.signIn();
    String before = storeState();
    HttpResponse<String> r = h.postJson("/api/codings", saveBody(coding("x"), "why"), null);
    assertRefused(r, 403, "field", "_csrf");
    r = h.postJson("/api/codings", saveBody(coding("x"), "why"), token + "x");
    assertThat(r.statusCode()).isEqualTo(403);
    r = h.postForm("/cases/test-union/code", "note=why&yaml=" + URLEncoder.encode(coding("x"), StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(403);
    r = h.send(HttpRequest.newBuilder(URI.create(ts.url("/api/session"))).DELETE());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(storeState()).isEqualTo(before);
    // and the same request with the token goes through, so the refusals above were about the token
    r = h.postJson("/api/codings", saveBody(coding("x"), "why"), token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(storeState()).isNotEqualTo(before);
  }

  @Test void oversizedRequestIsRefusedAndChangesNothing() {
    Http h = new Http(ts);
    String token = h.signIn();
    String before = storeState();
    String big = "x".repeat((int) LIMIT + 10);
    HttpResponse<String> r = h.postJson("/api/codings", saveBody(coding(big), "why"), token);
    assertRefused(r, 413, "error", "too-large");
    // a body without Content-Length (chunked) is cut off as well
    byte[] bytes = saveBody(coding(big), "why").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ts.url("/api/codings"))).header("Content-Type", "application/json")
        .header("X-CSRF-Token", token)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
    r = h.send(b);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(storeState()).isEqualTo(before);
  }

  @Test void missingNoteOrInvalidCodingIsRefusedAndChangesNothing() {
    Http h = new Http(ts);
    String token = h.signIn();
    String before = storeState();
    HttpResponse<String> r = h.postJson("/api/codings", saveBody(coding("x"), " "), token);
    assertRefused(r, 400, "field", "note");
    r = h.postJson("/api/codings", saveBody(coding("x").replace("score: 0}", "score: 0.5}"), "why"), token);
    assertRefused(r, 422, "field", "yaml");
    assertThat(Http.json(r).at("/problems/0/line").asInt()).isEqualTo(7);
    assertThat(storeState()).isEqualTo(before);
  }

  @Test void scriptInACodingShowsAsText() {
    Http h = new Http(ts);
    String token = h.signIn();
    String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    HttpResponse<String> r = h.postJson("/api/codings", saveBody(coding(evil), "note with <b>html</b>"), token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String page = h.get("/cases/test-union?lens=deutsch-1957&coder=thesis&at=2012-01-01").body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(page).contains("&lt;script&gt;alert(");
    String editor = h.get("/cases/test-union/code?lens=deutsch-1957&coder=thesis").body();
    assertThat(editor).doesNotContain("<script>alert").contains("&lt;script&gt;");
    // the JSON API returns the text as data
    JsonNode a = Http.json(h.get("/api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01&coder=thesis"));
    assertThat(a.at("/criteria/0/rationale").asText()).isEqualTo(evil);
  }

  @Test void signInFormNeedsItsTokenAndRotatesTheSession() {
    Http h = new Http(ts);
    HttpResponse<String> r = h.postForm("/login", "username=" + TestServer.USER + "&password=" + URLEncoder.encode(TestServer.PASSWORD, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(403);
    String token = csrfFrom(h.get("/login").body());
    r = h.postForm("/login", "_csrf=" + token + "&username=" + TestServer.USER + "&password=wrong-password");
    assertThat(r.statusCode()).isEqualTo(401);
    token = csrfFrom(h.get("/login").body());
    r = h.postForm("/login", "_csrf=" + token + "&username=" + TestServer.USER + "&password=" + URLEncoder.encode(TestServer.PASSWORD, StandardCharsets.UTF_8) + "&next=//evil.example/");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/");
    String signedIn = h.get("/").body();
    assertThat(signedIn).contains("id=\"signed-in-user\">ada<");
    assertThat(csrfFrom(signedIn)).isNotEqualTo(token);
    assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Strict"));
  }

  @Test void passwordsAreStoredAsSlowSaltedHashes() {
    PasswordHasher ph = new PasswordHasher();
    String a = ph.hash("a password!".toCharArray());
    String b = ph.hash("a password!".toCharArray());
    assertThat(a).startsWith("pbkdf2-sha256$600000$").doesNotContain("a password").isNotEqualTo(b);
    assertThat(ph.verify("a password!".toCharArray(), a)).isTrue();
    assertThat(ph.verify("a passwort!".toCharArray(), a)).isFalse();
    assertThat(ph.verify("x".toCharArray(), "garbage")).isFalse();
  }

  static String csrfFrom(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) throw new AssertionError("no CSRF field in page");
    return m.group(1);
  }

  /** The coding form: no write without sign-in or without the token; validation writes nothing; user text is escaped. */
  @Test void codingFormRefusesWritesWithoutTokenValidatesAndEscapes() {
    String before = storeState();
    String fields = "lens=deutsch-1957&period=" + URLEncoder.encode("thesis|2000-01-01", StandardCharsets.UTF_8)
        + "&coder=thesis&from=2000-01-01&criterion=mobility&score=0.67&note=why&rationale="
        + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8) + "&ev-0-source=thesis&ev-0-locator=p.+1";
    Http anon = new Http(ts);
    assertThat(anon.postForm("/cases/test-union/code/form", fields).statusCode()).isEqualTo(401);
    Http h = new Http(ts);
    String token = h.signIn();
    assertThat(h.postForm("/cases/test-union/code/form", fields).statusCode()).isEqualTo(403);
    assertThat(h.postForm("/cases/test-union/code/form", "_csrf=wrong&" + fields).statusCode()).isEqualTo(403);
    // validation as you type: open to anyone, writes nothing, reports the reader's problems
    HttpResponse<String> v = anon.postForm("/api/codings/validate-form", "case=test-union&" + fields.replace("score=0.67", "score=0.5"));
    assertThat(v.statusCode()).as(v.body()).isEqualTo(200);
    JsonNode res = Http.json(v);
    assertThat(res.get("valid").asBoolean()).isFalse();
    assertThat(res.get("problems").get(0).asText()).contains("0.5").contains("mobility");
    assertThat(res.get("yaml").asText()).contains("mobility:");
    assertThat(storeState()).isEqualTo(before);
    // with the token it saves, and the page shows the rationale as text
    HttpResponse<String> ok = h.postForm("/cases/test-union/code/form", "_csrf=" + token + "&expectedVersion=&" + fields);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
    assertThat(storeState()).isNotEqualTo(before);
    String page = h.get(ok.headers().firstValue("Location").orElseThrow()).body();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
  }

  /** The request was refused with {@code status}, and the JSON error's {@code key} is {@code value}. */
  private static void assertRefused(HttpResponse<String> r, int status, String key, String value) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(Http.json(r).get(key).asText()).isEqualTo(value);
  }
}
