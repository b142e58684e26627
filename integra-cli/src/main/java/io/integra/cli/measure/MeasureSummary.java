package io.integra.cli.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code measure --format json}: where the product was written, how many memberships, its checksum, the run time
 * and, per case and lens/criterion, how many years were measured and which.
 */
public record MeasureSummary(String out, int rows, String checksum, double seconds, Map<String, Map<String, Span>> cases,
                             List<String> warnings) {

  /** The measured years of one criterion of a case: how many, the first and the last. */
  public record Span(int years, int from, int to) {}

  /** From the command's tally: case -> "lens/criterion" -> {count, first year, last year}, in the tally's order. */
  static MeasureSummary of(String out, int rows, String checksum, double seconds, Map<String, Map<String, int[]>> tally,
      List<String> warnings) {
    Map<String, Map<String, Span>> cases = new LinkedHashMap<>();
    tally.forEach((c, m) -> {
      Map<String, Span> r = new LinkedHashMap<>();
      m.forEach((k, s) -> r.put(k, new Span(s[0], s[1], s[2])));
      cases.put(c, r);
    });
    return new MeasureSummary(out, rows, checksum, seconds, cases, warnings);
  }
}
