package io.integra.web.server;

/**
 * A refused request: answered as JSON {@code {"status", "error", "message", "field"}} for the API
 * and as an error page for the HTML pages. {@code field} names the parameter or body field at
 * fault (null when the request as a whole is refused).
 */
public class ApiException extends RuntimeException {
  private final int status;
  private final String error;
  private final String field;

  public ApiException(int status, String error, String message, String field) {
    super(message);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  public static ApiException badRequest(String field, String message) { return new ApiException(400, "bad-request", message, field); }

  public static ApiException notFound(String field, String message) { return new ApiException(404, "not-found", message, field); }

  public static ApiException unauthorized(String message) { return new ApiException(401, "unauthorized", message, null); }

  public static ApiException forbidden(String field, String message) { return new ApiException(403, "forbidden", message, field); }

  public static ApiException conflict(String field, String message) { return new ApiException(409, "conflict", message, field); }

  public static ApiException tooLarge(long limit) {
    return new ApiException(413, "too-large", "request body too large; at most " + limit + " bytes are accepted", null);
  }

  public int status() { return status; }

  public String error() { return error; }

  public String field() { return field; }
}
