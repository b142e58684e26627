package io.integra.report.html;

import io.integra.report.model.CaseView;
import java.util.Locale;

/**
 * How numbers read in every table (HTML, Markdown, LaTeX, CSV): two decimals, "?" for an unknown
 * membership (never 0), and an interval {@code low–high} for an outcome that depends on unknown
 * criteria but is partly determined (fuzzy AND/OR bounds, Ragin 2000 ch. 6).
 */
public final class Fmt {
  public static final String UNKNOWN = "?";

  private Fmt() { }

  public static String score(Double v) { return v == null ? UNKNOWN : String.format(Locale.ROOT, "%.2f", v); }

  public static String outcome(CaseView.OutcomeValue o) { return o == null ? UNKNOWN : interval(o.low(), o.high()); }

  public static String interval(CaseView.Interval i) { return i == null ? UNKNOWN : interval(i.low(), i.high()); }

  /** {@code 0.67} when known, {@code ?} when nothing is known ([0, 1]), else {@code low–high}. */
  public static String interval(double low, double high) {
    if (low == high) return score(low);
    if (low == 0 && high == 1) return UNKNOWN;
    return score(low) + "–" + score(high);
  }

  /** The CSS classes of a score or outcome cell. */
  public static String cls(Double v) { return v == null ? "score unknown" : "score"; }

  public static String cls(CaseView.OutcomeValue o) { return o == null ? "score unknown" : cls(o.low(), o.high()); }

  public static String cls(CaseView.Interval i) { return i == null ? "score unknown" : cls(i.low(), i.high()); }

  private static String cls(double low, double high) {
    if (low == 0 && high == 1) return "score unknown";
    return low == high ? "score" : "score interval";
  }

  /**
   * The background of a known score on the report's diverging scale (0 orange, 0.5 white, 1 blue;
   * colour-blind safe, after ColorBrewer PuOr/RdBu ends). Unknown cells get a hatched class instead.
   */
  public static String bg(Double v) {
    if (v == null) return "";
    int[] out = {0xb3, 0x58, 0x06}, mid = {0xf7, 0xf7, 0xf7}, in = {0x21, 0x66, 0xac};
    int[] a = v < 0.5 ? out : mid, b = v < 0.5 ? mid : in;
    double t = v < 0.5 ? v / 0.5 : (v - 0.5) / 0.5;
    int r = (int) Math.round(a[0] + (b[0] - a[0]) * t), g = (int) Math.round(a[1] + (b[1] - a[1]) * t), bl = (int) Math.round(a[2] + (b[2] - a[2]) * t);
    String fg = (v < 0.2 || v > 0.8) ? "#fff" : "#111";
    return String.format(Locale.ROOT, "background:#%02x%02x%02x;color:%s", r, g, bl, fg);
  }

  public static String bg(CaseView.OutcomeValue o) { return o != null && o.known() ? bg(o.low()) : ""; }

  public static String bg(CaseView.Interval i) { return i != null && i.known() ? bg(i.low()) : ""; }

  /** A safe fragment id from a data id (ids are [a-z0-9._-], docs/case-format.md; anything else is replaced). */
  public static String anchor(String prefix, String id) {
    return prefix + "-" + (id == null ? "" : id.replaceAll("[^A-Za-z0-9_.-]", "_"));
  }

  /** An anchor of an indicator recipe as written in the codebook: no trailing zeros ({@code 20}, {@code 0.05}). */
  public static String anchorValue(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  public static String orDash(String s) { return s == null || s.isBlank() ? "—" : s; }
}
