package io.integra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.web.server.JsonSupport;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client with its own cookie jar (one per simulated browser). */
public final class Http {
  public final HttpClient client;
  private final TestServer ts;

  public Http(TestServer ts) {
    this.ts = ts;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path) { return send(HttpRequest.newBuilder(URI.create(ts.url(path))).GET()); }

  public HttpResponse<String> postJson(String path, String json, String csrf) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ts.url(path))).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) b.header("X-CSRF-Token", csrf);
    return send(b);
  }

  public HttpResponse<String> postForm(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(ts.url(path))).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in through the JSON API; returns the CSRF token. */
  public String signIn() {
    HttpResponse<String> r = postJson("/api/session", "{\"username\":\"" + TestServer.USER + "\",\"password\":\"" + TestServer.PASSWORD + "\"}", null);
    if (r.statusCode() != 200) throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
    return json(r).get("csrfToken").asText();
  }

  public static JsonNode json(HttpResponse<String> r) {
    try {
      return JsonSupport.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + r.body(), e);
    }
  }

  public static String quote(String s) { return JsonSupport.write(s); }
}
