package io.integra.web.server;

import java.time.Duration;

/**
 * How the server runs.
 *
 * @param host            the address to bind; 127.0.0.1 by default so that nothing outside this
 *                        machine can reach it unless asked
 * @param port            0 for an ephemeral port (tests)
 * @param maxRequestBytes the largest request body accepted; larger ones are refused with 413
 *                        before any of it is read
 * @param secureCookies   mark cookies Secure (behind TLS)
 * @param sessionIdle     how long a session lives without requests
 */
public record WebConfig(String host, int port, long maxRequestBytes, boolean secureCookies, Duration sessionIdle) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

  public static WebConfig defaults() { return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, false, Duration.ofHours(8)); }

  public WebConfig withPort(int p) { return new WebConfig(host, p, maxRequestBytes, secureCookies, sessionIdle); }

  public WebConfig withHost(String h) { return new WebConfig(h, port, maxRequestBytes, secureCookies, sessionIdle); }

  public WebConfig withMaxRequestBytes(long b) { return new WebConfig(host, port, b, secureCookies, sessionIdle); }
}
