package io.integra.web.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading query parameters with errors that name the parameter at fault. */
public final class Params {
  private Params() { }

  /** {@code name} as a YYYY-MM-DD date; {@code fallback} when absent or blank. */
  public static LocalDate date(Context ctx, String name, LocalDate fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    return date(name, v);
  }

  public static LocalDate date(String name, String v) {
    try {
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", v, 0);
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name, "'" + v + "' is not a date; expected YYYY-MM-DD");
    }
  }

  /** A required query parameter. */
  public static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) throw ApiException.badRequest(name, "missing query parameter '" + name + "'");
    return v.strip();
  }

  public static String optional(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
